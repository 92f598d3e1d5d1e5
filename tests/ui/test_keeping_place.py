"""No keyboard traps, and the reader stays where they were (issue 15's defects, Pilot)."""

from __future__ import annotations

import asyncio

from textual.widgets import Input, OptionList

from reader.ingest.source import from_bytes
from reader.ui.app import ReaderApp
from reader.ui.loading import QuickStart
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.widgets.article_place import Place
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.comment_tree import CommentTree
from reader.ui.widgets.speakers_panel import SpeakersPanel
from ui.settle import run_reading, until

SIZE = (100, 30)


async def test_the_speakers_panel_leaves_the_letters_to_the_keys(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        panel = app.screen.query_one(SpeakersPanel)
        assert not panel.has_class("hidden") and panel.query_one(OptionList).has_focus
        await pilot.press("c")  # the comments, not a "c" in the filter
        await pilot.pause()
        assert app.screen.active_pane() == "tab-comments"
        assert panel.query_one(Input).value == ""


async def test_slash_in_the_panel_filters_and_the_filter_is_gone_on_reopening(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s", "slash", *"bram")
        await pilot.pause()
        panel = app.screen.query_one(SpeakersPanel)
        assert panel.query_one(Input).value == "bram"
        assert panel.query_one(OptionList).option_count == 1
        await pilot.press("escape", "s")  # the filter, then the panel, closed
        await pilot.pause()
        assert panel.has_class("hidden")
        await pilot.press("s")
        await pilot.pause()
        assert panel.query_one(Input).value == ""
        assert panel.query_one(OptionList).option_count == 2


async def test_the_footer_shows_the_screens_keys_with_the_panel_open(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        keys = {b.binding.key for b in app.active_bindings.values() if b.binding.show}
        assert {"s", "c", "question_mark", "q"} <= keys


async def test_closing_the_speakers_on_the_comments_stays_on_the_comments(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("c", "s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.active_pane() == "tab-comments"
        assert app.screen.query_one(CommentTree).has_focus


def _top_block(view: ArticleView) -> str:
    """The first block whose top line is on the screen."""
    top = view.content_region.y
    shown = [(b.region.y, b.block.id) for b in view.blocks.values() if b.region.height]
    return min((y, i) for y, i in shown if y >= top)[1]


async def test_opening_the_speakers_keeps_the_paragraph_read(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert await until(pilot, lambda: view.go_to(Place("b20")) and _top_block(view) == "b20")
        await pilot.press("s")  # the article narrows: its lines rewrap
        assert await until(pilot, lambda: _top_block(view) == "b20")
        await pilot.press("s")
        assert await until(pilot, lambda: _top_block(view) == "b20")


async def test_resizing_keeps_the_comments(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=(200, 50)) as pilot:  # side by side
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.active_pane() == "tab-comments"
        on_comments = lambda: app.screen.active_pane() == "tab-comments"  # noqa: E731
        await pilot.resize_terminal(100, 30)  # tabs; the focus lands a frame or two later
        assert await until(pilot, lambda: not app.screen.reading.side and on_comments())
        await pilot.resize_terminal(200, 50)  # side by side again
        assert await until(pilot, lambda: app.screen.reading.side and on_comments())
        assert await until(pilot, lambda: app.screen.query_one(CommentTree).has_focus)


async def test_escape_with_nothing_to_close_stays(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"costs", "enter")  # a jump to the last paragraph
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert await until(pilot, lambda: view.scroll_y > 0)
        where = view.scroll_y
        await pilot.press("escape", "escape")  # the marks cleared; then nothing to do
        await pilot.pause()
        assert view.scroll_y == where


PAGE = "Gulls return to the pier\n\nMarch 3, 2026\n\n" + "\n\n".join(
    f"Paragraph {n} about the gulls on the pier and the herring." for n in range(40)
)
PAGE += "\n\n3 Comments\n\n  1. Ivy\n\n    The gulls are loud.\n"


async def test_keys_pressed_before_the_view_is_ready_are_kept(monkeypatch):
    ready = asyncio.Event()  # the full view is built once the key is in
    build = ReaderScreen._replace_first_paint

    async def after_the_key(self: ReaderScreen) -> None:
        if ready.is_set():
            await build(self)
        else:
            self.set_timer(0.02, lambda: after_the_key(self))

    monkeypatch.setattr(ReaderScreen, "_replace_first_paint", after_the_key)
    wait = QuickStart.wait  # the flat first frame however slow the machine is
    monkeypatch.setattr(QuickStart, "wait", lambda self, timeout=5: wait(self, 30))
    app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"))
    async with app.run_test(size=SIZE) as pilot:
        assert not (app.reading_screen and app.reading_screen.built)  # the glance: no tabs yet
        await pilot.press("c")
        ready.set()

        def ready_to_read() -> bool:  # the glance's own screen first, the reading screen after
            screen = app.reading_screen
            return screen is not None and screen.built and screen.complete

        assert await until(pilot, ready_to_read)
        assert await until(pilot, lambda: app.screen.active_pane() == "tab-comments")


async def test_a_long_article_opens_at_0_percent_not_100(tmp_path):
    from reader.ui import loading
    from reader.ui.widgets.status_bar import StatusBar

    path = tmp_path / "gulls.txt"
    path.write_text(PAGE, encoding="utf-8")
    app = ReaderApp(loading.read(str(path)))
    async with run_reading(app, (80, 24)) as pilot:
        assert await until(pilot, lambda: app.reader.complete and app.reader.built)
        status = app.screen.query_one(StatusBar)
        assert await until(pilot, lambda: status.parts.get("progress") == "0%")
