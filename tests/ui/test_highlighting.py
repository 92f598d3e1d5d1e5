"""The article and comment text are coloured by the reader's lexer in the theme's styles."""

from __future__ import annotations

from pygments.styles import get_style_by_name
from pygments.token import Number, _TokenType
from rich.style import Style
from textual.content import Content
from textual.style import Style as TextualStyle
from textual.widget import Widget

from reader.config.themes import load_themes
from reader.model import Block, BlockKind, Document, Quote
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.comment_tree import CommentTree
from reader.ui.widgets.comment_view import CommentView

SIZE = (120, 40)
DATED = "PORT WREN — Fares on the Lark Sound ferry rise by a tenth on March 2, 2026."
DATE = (DATED.index("March"), len(DATED) - 1)


def _dated(document: Document) -> Document:
    """The fixture with a date in a paragraph and an @mention and a date in comment 3."""
    article = document.article
    article.blocks[3] = Block("b4", BlockKind.PARAGRAPH, DATED)
    article.comments[2].blocks = [
        Block("c3.b1", BlockKind.PARAGRAPH, "@Ivy fuel fell on 2025-06-01.")
    ]
    return document


def style_at(widget: Widget, start: int, end: int) -> Style:
    """The style the widget's text gives to characters start..end (all its spans there)."""
    content = widget.render()
    assert isinstance(content, Content)
    covering = [s.style for s in content.spans if s.start <= start and s.end >= end]
    return Style.combine(
        [Style(), *(s.rich_style if isinstance(s, TextualStyle) else s for s in covering)]
    )


def hex_of(style: Style) -> str | None:
    return style.color.get_truecolor().hex.lower() if style.color else None


def pygments_color(style_name: str, token: _TokenType) -> str:
    """What the named pygments style itself gives a token (or its nearest parent)."""
    style = get_style_by_name(style_name)
    while not style.styles_token(token):
        token = token.parent
    return "#" + style.style_for_token(token)["color"].lower()


def _article(app: ReaderApp) -> ArticleView:
    return app.reader.query_one(ArticleView)


async def test_the_lexer_colours_the_article_in_the_themes_styles(document):
    app = ReaderApp(document=_dated(document), themes=load_themes())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        spec = app.themes.themes["dark"]
        view = _article(app)
        date = style_at(view.blocks["b4"], *DATE)  # only the lexer colours dates
        assert hex_of(date) == pygments_color(spec.pygments_style, Number)
        quote = style_at(view.blocks["b5"], 1, 16)  # the analysis's span, as a quote token
        assert hex_of(quote) == spec.styles["quote"].color
        name = view.blocks["b5"].block.text.index("Tamsin Reyes")
        speaker = style_at(view.blocks["b5"], name, name + 12)
        assert hex_of(speaker) == spec.styles["speaker"].color and speaker.bold
        alias = view.blocks["b30"].block.text.index("Reyes")  # an alias of Tamsin Reyes
        assert (
            hex_of(style_at(view.blocks["b30"], alias, alias + 5)) == spec.styles["speaker"].color
        )
        assert style_at(view.blocks["b4"], 0, 9) == Style()  # plain prose stays plain

        app.theme = "paper"  # as the theme picker does: every span takes the new styles
        await pilot.pause()
        paper = app.themes.themes["paper"]
        date = style_at(view.blocks["b4"], *DATE)
        assert hex_of(date) == pygments_color(paper.pygments_style, Number)
        assert pygments_color(paper.pygments_style, Number) != pygments_color("one-dark", Number)
        assert hex_of(style_at(view.blocks["b5"], 1, 16)) == paper.styles["quote"].color


async def test_a_scare_quote_has_the_quote_colour_plain(document):
    article = document.article
    article.blocks[3] = Block("b4", BlockKind.PARAGRAPH, "Fares are “fair”, the operator says.")
    article.quotes.append(Quote("q4", "b4", 11, 15, "fair", None, None, kind="scare"))
    app = ReaderApp(document=document, themes=load_themes())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.theme = "high-contrast"
        await pilot.pause()
        quote_style = app.themes.themes["high-contrast"].styles["quote"]
        scare = style_at(_article(app).blocks["b4"], 11, 15)
        assert hex_of(scare) == quote_style.color
        assert not scare.italic and not scare.bold


async def test_before_the_analysis_the_lexer_finds_the_quotes(empty_document):
    app = ReaderApp(document=empty_document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        quote = style_at(_article(app).blocks["b5"], 0, 19)  # “We had no choice,” marks too
        assert hex_of(quote) == app.themes.themes["dark"].styles["quote"].color
        assert style_at(_article(app).blocks["b5"], 25, 37) == Style()  # no speakers known


async def test_comment_text_is_lexed_and_recoloured(document):
    app = ReaderApp(document=_dated(document), themes=load_themes())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        app.screen.query_one(CommentTree).select(3)
        await pilot.pause()
        body = app.screen.query_one(CommentView).query(".comment-text").first()
        assert hex_of(style_at(body, 0, 4)) == app.themes.themes["dark"].styles["mention"].color
        assert hex_of(style_at(body, 18, 28)) == pygments_color("one-dark", Number)
        app.theme = "dusk"
        await pilot.pause()
        body = app.screen.query_one(CommentView).query(".comment-text").first()
        assert hex_of(style_at(body, 0, 4)) == app.themes.themes["dusk"].styles["mention"].color


def test_token_styles_keep_the_terminals_own_colours():
    from reader.render import lexer
    from reader.ui.highlighter import TokenStyles

    spec = load_themes().themes["terminal"]  # ansi_green quotes, bold ansi_yellow speakers
    styles = TokenStyles(spec)
    assert styles[lexer.QUOTE].color.name == "green"
    assert styles[lexer.SPEAKER].color.name == "yellow" and styles[lexer.SPEAKER].bold
    assert styles[lexer.DATE].color.name == "cyan"  # reader-terminal's Number
    assert styles[lexer.SCARE_QUOTE].color.name == "green" and not styles[lexer.SCARE_QUOTE].bold


def test_a_theme_whose_pygments_style_is_unknown_still_colours():
    from dataclasses import replace

    from reader.render import lexer
    from reader.ui.highlighter import TokenStyles

    spec = replace(load_themes().themes["dark"], pygments_style="no-such-style")
    styles = TokenStyles(spec)  # the theme's elements over the terminal's colours
    assert hex_of(styles[lexer.QUOTE]) == spec.styles["quote"].color
    assert styles[lexer.DATE].color.name == "cyan"
