"""What users of terminal readers expect (issue 15): links, the page's address, copy,
subheads, half pages, the tree's dates and labels, themes from the palette (Pilot)."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from reader import locations
from reader.config import load_settings
from reader.model import BlockKind, Link
from reader.ui.app import ReaderApp
from reader.ui.screens.pick_screen import PickScreen
from reader.ui.widgets.article_tabs import ARTICLE, COMMENTS
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.comment_tree import CommentTree
from ui.settle import steady, until

SIZE = (100, 30)
P = BlockKind.PARAGRAPH


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The addresses the app opens in the browser, instead of opening them."""
    urls: list[str] = []
    monkeypatch.setattr(ReaderApp, "open_url", lambda self, url, new_tab=True: urls.append(url))
    return urls


async def test_l_lists_the_links_and_enter_opens_one(document, opened):
    body = document.article.blocks
    body[3].links = (Link("a tenth", "https://sound.example/fares"),)
    body[9].text += " Timetables: https://ferries.example/lark."
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("l")
        assert await until(pilot, lambda: isinstance(app.screen, PickScreen))
        rows = app.screen.query_one(OptionList)
        assert rows.option_count == 2
        await pilot.press("down", "enter")
        await pilot.pause()
        assert opened == ["https://ferries.example/lark"]  # the sentence's full stop left out


async def test_o_opens_the_pages_own_address(document, opened):
    document.article.url = "https://sound.example/ferry-fares"
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("o")
        assert opened == ["https://sound.example/ferry-fares"]


async def test_y_copies_the_quote_with_its_speaker_and_the_comment_with_its_author(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.choose_speaker(document.article.speakers[1])  # Bram Ota
        await pilot.pause()
        await pilot.press("y")
        assert app.clipboard == "“It is a tax on living here” — Bram Ota"
        await pilot.press("c", "j")
        await pilot.pause()
        await pilot.press("y")
        assert app.clipboard.startswith("Ten percent is a lot\n\nNot compared with fuel.")
        assert app.clipboard.endswith("— anonymous (comment #2)")


async def test_subheads_and_contents_and_half_pages(document):
    blocks = document.article.blocks
    blocks[9].kind = blocks[15].kind = BlockKind.HEADING
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        await pilot.press("right_square_bracket")
        assert await until(pilot, lambda: view.place().block == blocks[9].id)
        await pilot.press("right_square_bracket")
        assert await until(pilot, lambda: view.place().block == blocks[15].id)
        await pilot.press("left_square_bracket")
        assert await until(pilot, lambda: view.place().block == blocks[9].id)
        await pilot.press("backspace", "backspace", "backspace")  # each jump: a step back
        assert await until(pilot, lambda: view.scroll_y == 0)
        await pilot.press("t")
        assert await until(pilot, lambda: isinstance(app.screen, PickScreen))
        await pilot.press("down", "enter")
        assert await until(pilot, lambda: view.place().block == blocks[15].id)
        top = await steady(pilot, lambda: view.scroll_y)
        await pilot.press("u")
        assert await until(
            pilot, lambda: view.scroll_y == top - view.scrollable_content_region.height // 2
        )
        await pilot.press("d", "b")
        assert await until(pilot, lambda: view.scroll_y < top)


async def test_tree_rows_say_when_who_answers_whom_and_the_articles_author(document):
    comments = document.article.comments
    comments[0].date_text = "March 2, 2026 at 9:14 am"
    comments[2].author = "Ola Finch"  # the article's author, answering #2
    app = ReaderApp(document=document)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        tree = app.screen.query_one(CommentTree)
        rows = [str(tree.render_line(y).text) for y in range(3)]
        assert "#1 Ivy · March 2, 2026 at 9:14 am" in rows[0]
        assert "#2 anonymous ↪ Ivy" in rows[1]
        assert "#3 Ola Finch OP ↪ anonymous" in rows[2]


async def test_a_theme_picked_in_the_palette_is_one_of_ours_and_is_saved(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert await until(pilot, lambda: len(app.themes.themes) == 6)
        assert set(app.available_themes) <= {*app.themes.themes, "fallback"}
        app.theme = "paper"  # what the palette's theme list does
        await pilot.pause()
        assert load_settings().theme == "paper" and app.settings.theme == "paper"


async def test_a_broken_theme_choice_is_not_saved_over(document):
    path = locations.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('theme = "nosuch"\n')
    app = ReaderApp(document=document, settings=load_settings())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "dark"  # the fallback, for this run only
    assert path.read_text() == 'theme = "nosuch"\n'


async def test_the_article_and_tree_keys_rebind_too(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.apply_settings(app.settings.with_value("keys.tree.parent", "P"))
        await pilot.press("c", "j")
        await pilot.pause()
        tree = app.screen.query_one(CommentTree)
        assert tree.current == 2
        await pilot.press("P")
        await pilot.pause()
        assert tree.current == 1
        assert "tree.parent" in load_settings().keys or app.settings.keys["tree.parent"] == "P"


async def test_a_speaker_chosen_on_the_comments_shows_the_quote_in_the_article(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        assert await until(pilot, lambda: app.screen.active_pane() == COMMENTS)
        app.screen.choose_speaker(document.article.speakers[1])  # Bram Ota
        assert await until(pilot, lambda: app.screen.active_pane() == ARTICLE)
        view = app.screen.query_one(ArticleView)
        assert await until(pilot, lambda: view.scroll_y > 0)  # his quote, not the top
