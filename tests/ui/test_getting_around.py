"""Getting around: Enter opens a pasted article, back after one, the opened comment
scrolls, it keeps its width beside the speakers, `a` and nameless authors, `?` (Pilot)."""

from __future__ import annotations

from textual.widgets import Static

from reader.config.actions import ALL
from reader.model import Block, BlockKind
from reader.ui.app import ReaderApp
from reader.ui.keys import key_names
from reader.ui.widgets.comment_tree import CommentTree
from reader.ui.widgets.comment_view import CommentView
from ui.settle import until

SIZE = (100, 30)


async def _comments(app: ReaderApp, pilot) -> CommentTree:
    await pilot.pause()
    await pilot.press("c")
    await pilot.pause()
    return app.screen.query_one(CommentTree)


async def test_enter_on_a_row_with_a_pasted_article_opens_it_and_back_returns(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        tree = await _comments(app, pilot)
        tree.select(4)  # "▤ article"
        await pilot.pause()
        await pilot.press("enter")
        assert await until(pilot, lambda: app.screen.active_pane() == "tab-embedded-1")
        await pilot.press("backspace")
        assert await until(pilot, lambda: app.screen.active_pane() == "tab-comments")
        assert tree.current == 4


async def test_back_after_e_returns_to_the_article(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        assert await until(pilot, lambda: app.screen.active_pane() == "tab-embedded-1")
        await pilot.press("backspace")
        assert await until(pilot, lambda: app.screen.active_pane() == "tab-article")


async def test_a_long_opened_comment_scrolls_with_the_reading_keys(document):
    long = [
        Block(f"c1.b{n}", BlockKind.PARAGRAPH, f"Line {n} of a long comment.") for n in range(80)
    ]
    document.article.comments[0].blocks = long
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await _comments(app, pilot)
        view = app.screen.query_one(CommentView)
        await pilot.press("tab")  # from the tree to the comment
        await pilot.pause()
        assert view.has_focus
        await pilot.press("space")
        assert await until(pilot, lambda: view.scroll_y > 10)
        down = view.scroll_y
        await pilot.press("k")
        assert await until(pilot, lambda: view.scroll_y == down - 1)
        await pilot.press("j", "j")
        assert await until(pilot, lambda: view.scroll_y == down + 1)


async def test_the_opened_comment_keeps_a_readable_width_beside_the_speakers(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await _comments(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        view = app.screen.query_one(CommentView)
        assert await until(pilot, lambda: view.region.width >= 40)


async def test_a_on_a_nameless_comment_does_not_gather_every_nameless_one(document):
    document.article.comments[4].author = "Anonymous"  # as a page writes a nameless one
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        tree = await _comments(app, pilot)
        rows = list(tree._rows)
        for number in (2, 5):  # no name; "Anonymous"
            tree.select(number)
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
            assert tree.only is None and tree._rows == rows


async def test_help_lists_every_key_that_works(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        table = app.screen.query(Static)[1].content
        keys = " ".join(str(cell) for cell in table.columns[0].cells)
        missing = [a.id for a in ALL if key_names(a.keys).split(", ")[0] not in keys]
        assert missing == []
        for key in ("tab", "ctrl+p", "pagedown", "home", "up"):
            assert key in keys


async def test_the_keys_list_scrolls_with_the_reading_keys(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        assert box.max_scroll_y > 0  # more keys than the screen holds
        await pilot.press("j", "j")
        assert await until(pilot, lambda: box.scroll_y == 2)
        await pilot.press("G")
        assert await until(pilot, lambda: box.scroll_y == box.max_scroll_y)
        await pilot.press("g")
        assert await until(pilot, lambda: box.scroll_y == 0)


async def test_a_says_how_many_comments_the_author_wrote(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        tree = await _comments(app, pilot)
        tree.select(4)  # Otto's one comment
        await pilot.pause()
        await pilot.press("a")
        toasts = lambda: " ".join(str(t.render()) for t in app.screen.query("Toast"))  # noqa: E731
        assert await until(pilot, lambda: "1 comment by Otto;" in toasts())


async def test_keys_in_the_palette_opens_the_readers_list(document):
    from reader.ui.screens.help_screen import HelpScreen

    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"keys")
        await pilot.pause(0.3)
        await pilot.press("enter")
        assert await until(pilot, lambda: isinstance(app.screen, HelpScreen))


async def test_the_palette_says_each_thing_once(document):
    document.article.speakers[1].description = None  # Bram Ota, one quote
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()

        async def prompts(query: str) -> list[str]:
            await pilot.press("ctrl+p", *query)
            await pilot.pause(0.3)
            shown = app.screen.query_one("CommandList")
            found = [str(shown.get_option_at_index(i).prompt) for i in range(shown.option_count)]
            await pilot.press("escape")
            await pilot.pause()
            return found

        assert "Close pane" in await prompts("close pane")  # its name, not twice
        assert "Speaker: Bram Ota\n1 quote" in await prompts("bram")
