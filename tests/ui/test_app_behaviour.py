"""Behaviour through the Pilot: article, comments, speakers, search, embedded, back."""

from __future__ import annotations

from textual.pilot import Pilot

from reader.config.settings import Settings
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.comment_links import EmbeddedCard, QuoteLink
from reader.ui.widgets.comment_tree import CommentTree
from reader.ui.widgets.comment_view import CommentView
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.speakers_panel import SpeakersPanel
from ui.settle import until

SIZE = (100, 30)


async def _open_comments(app: ReaderApp, pilot: Pilot) -> CommentTree:
    """The comments' tab, its tree built and focused (a busy machine takes frames)."""
    await pilot.press("c")
    trees = app.screen.query(CommentTree)
    assert await until(pilot, lambda: bool(trees.nodes) and trees.first().has_focus)
    return app.screen.query_one(CommentTree)


async def test_article_shows_headline_meta_and_hides_boilerplate(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        boiler = view.blocks["b7"]
        assert view.blocks["b1"].block.text.startswith("Ferry fares")
        assert not boiler.display or boiler.region.height == 0
        await pilot.press("B")
        await pilot.pause()
        assert view.show_boilerplate and boiler.region.height > 0
        await pilot.press("G")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        assert "100%" in app.screen.query_one("#status").parts["progress"]


async def test_document_text_is_never_markup(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        subtitle = app.screen.query_one(ArticleView).blocks["b2"]
        assert "[bold]nobody[/]" in str(subtitle.render())


async def test_comment_tree_moves(document):
    app = ReaderApp(document=document, settings=Settings(comment_tree="closed"))
    async with app.run_test(size=SIZE) as pilot:
        tree = await _open_comments(app, pilot)
        assert [n for n, _ in tree._rows] == [1, 4, 5]  # closed threads
        await pilot.press("plus")  # open all
        assert [n for n, _ in tree._rows] == [1, 2, 3, 4, 5]
        await pilot.press("j", "j")
        assert tree.current == 3
        await pilot.press("p")
        assert tree.current == 2
        await pilot.press("t")
        assert tree.current == 4
        await pilot.press("left_square_bracket")
        assert tree.current == 1
        await pilot.press("minus")  # close all
        assert len(tree._rows) == 3
        await pilot.press("a")  # Ivy's comments only
        assert [n for n, _ in tree._rows] == [1, 3, 5]
        await pilot.press("a")
        assert len(tree._rows) == 3


async def test_quote_link_jumps_to_source_and_back(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        tree = await _open_comments(app, pilot)
        tree.select(2)
        await pilot.pause()
        link = app.screen.query_one(CommentView).query_one(QuoteLink)
        await pilot.click(link)
        await pilot.pause()
        assert tree.current == 1
        await pilot.press("backspace")
        await pilot.pause()
        assert tree.current == 2


async def test_speaker_jump_next_previous_and_back(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        panel = app.screen.query_one(SpeakersPanel)
        assert [s.name for s in panel.speakers] == ["Tamsin Reyes", "Bram Ota"]
        await pilot.press("slash", "B", "r", "a")
        await pilot.pause()
        assert panel.query_one("OptionList").option_count == 1
        await pilot.press("backspace", "backspace", "backspace", "R", "e", "y", "enter")
        await pilot.pause()
        screen = app.screen
        assert screen.marks.speaker.name == "Tamsin Reyes" and screen.marks.quote_index == 0
        view = screen.query_one(ArticleView)
        before = view.scroll_y
        await pilot.press("n")
        await pilot.pause()
        assert screen.marks.quote_index == 1
        assert view.scroll_y > before  # the last paragraph holds the second quote
        await pilot.press("backspace")
        await pilot.pause()
        assert view.scroll_y == before


async def test_search_highlights_and_steps(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        assert await until(pilot, lambda: isinstance(app.focused, SearchBar))  # or keys run
        await pilot.press(*"fuel", "enter")
        screen = app.screen
        assert await until(pilot, lambda: len(screen.marks.hits) == 2)  # subtitle, last paragraph
        await pilot.press("n")
        assert await until(pilot, lambda: screen.marks.hits.index == 1)
        assert screen.query_one("#status").parts["search"] == "hit 2/2 (n/N)"  # as quotes say
        await pilot.press("N")
        assert await until(pilot, lambda: screen.marks.hits.index == 0)
        await pilot.press("escape")
        assert await until(pilot, lambda: not screen.marks.hits)


async def test_embedded_article_opens_in_a_tab_and_closes(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        tabs = app.screen.query_one("#tabs")
        assert await until(pilot, lambda: tabs.active == "tab-embedded-1")
        view = app.screen.article_view()
        assert view.article.title.startswith("Sound Post")
        await pilot.press("x")
        await pilot.pause()
        assert tabs.active == "tab-article" and not app.screen.reading.tabs.open_panes
        await pilot.press("c")
        await pilot.pause()
        app.screen.query_one(CommentTree).select(4)
        await pilot.pause()
        card = app.screen.query_one(EmbeddedCard)
        card.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert tabs.active == "tab-embedded-1"
        await pilot.press("x")  # opened from the comments: back to them
        await pilot.pause()
        assert tabs.active == "tab-comments" and app.screen.query_one(CommentTree).has_focus


async def test_empty_panels_before_analysis(empty_document):
    app = ReaderApp(document=empty_document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert app.screen.query_one(SpeakersPanel).speakers == []
        await pilot.press("escape", "c")
        await pilot.pause()
        assert len(app.screen.query_one(CommentTree)._rows) == 5


async def test_help_settings_and_palette(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape", "comma")
        await pilot.pause()
        assert type(app.screen).__name__ == "SettingsScreen"
        await pilot.press("escape")
        await pilot.pause()
        from reader.ui.commands import ReaderCommands

        names = [name for name, _, _ in ReaderCommands(app.screen)._entries()]
        assert "Speakers" in names and "Speaker: Bram Ota" in names


async def test_search_in_the_comments_tab_finds_comments(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        tree = await _open_comments(app, pilot)
        await pilot.press("slash", *"fuel", "enter")
        await pilot.pause()
        screen = app.screen
        assert screen.marks.comment_hits.items == [2, 3]  # "Not compared with fuel.", "Fuel fell…"
        assert tree.current == 2 and tree.hits == {2, 3}  # the thread opened to it
        view = screen.query_one(CommentView)
        await pilot.pause()
        assert view.comment.number == 2 and view.term == "fuel"
        await pilot.press("n")
        await pilot.pause()
        assert tree.current == 3 and "1/2" not in screen.query_one("#status").parts["search"]
        await pilot.press("backspace")  # back to the first hit
        await pilot.pause()
        assert tree.current == 2
        await pilot.press("escape")
        assert not screen.marks.comment_hits and tree.hits == set()


async def test_help_shows_the_keymap(document):
    from textual.widgets import Static

    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        app.set_keymap({"speakers": "S", "help": "f1"})
        await pilot.press("f1")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        table = app.screen.query(Static)[1].content
        keys, texts = table.columns[0].cells, table.columns[1].cells
        rows = {str(k): str(v) for k, v in zip(keys, texts, strict=True)}
        assert rows["S"] == "Show or hide the speakers" and "s" not in rows


async def test_control_characters_never_reach_the_terminal(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        tree = await _open_comments(app, pilot)
        lines = [tree.render_line(y).text for y in range(tree.size.height)]
        assert not any("\x1b" in line for line in lines)
        assert any("␛[31m[red]not markup[/red]" in line for line in lines)  # shown, harmless


async def test_e_from_the_comments_tab_shows_the_embedded_article():
    from reader.sources import demo_source, parse_source

    app = ReaderApp(document=parse_source(demo_source()))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await _open_comments(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#tabs").active == "tab-embedded-1"


async def test_a_comment_quoting_the_article_jumps_to_its_paragraph_and_back():
    from reader.sources import demo_source, parse_source
    from reader.ui.widgets.article_tabs import ARTICLE, COMMENTS

    app = ReaderApp(document=parse_source(demo_source()))
    async with app.run_test(size=SIZE) as pilot:
        tree = await _open_comments(app, pilot)
        tree.select(7)  # its “back garden” is the article's
        await pilot.pause()
        link = app.screen.query_one(CommentView).query_one(QuoteLink)
        assert "↪ quotes the article" in str(link.render())
        await pilot.click(link)
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert screen.active_pane() == ARTICLE
        view = screen.query_one(ArticleView)
        paragraph = view.blocks[link.block]
        assert "back garden" in paragraph.block.text
        top = view.scroll_offset.y
        assert top <= paragraph.virtual_region.y < top + view.size.height  # in sight
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.active_pane() == COMMENTS and tree.current == 7


async def test_a_tree_row_gives_the_day_of_a_written_date_never_cut_inside_it(document):
    """The row's date was cut at 24 characters: "June 28, 2015 at 10:25 p"."""
    document.article.comments[0].date_text = "June 28, 2015 at 10:25 pm"
    document.article.comments[3].date_text = "Posted on Wednesday, 14 September 2022"
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        tree = await _open_comments(app, pilot)
        rows = [str(tree.render_line(y).text) for y in range(len(tree._rows))]
        assert "#1 Ivy · June 28, 2015 · 1 reply  Ten" in rows[0]
        assert "#4 Otto · Posted on Wednesday… · ▤" in rows[3]
