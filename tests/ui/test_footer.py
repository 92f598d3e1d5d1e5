"""The footer as the reader sees it: there from the first frame, the keys that do
something where the reader is (`w` with a web address, `e` with a pasted article, `x` on
its tab), and never cut at the right: at a narrow width the last keys give way to `?`."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Button

from reader.sources import load_document
from reader.ui.app import ReaderApp
from reader.ui.widgets.reader_footer import ReaderFooter
from ui.settle import until

HN = Path(__file__).resolve().parent.parent / "fixtures" / "discussions" / "hn_item.json"


def bottom_line(app: App[object]) -> str:
    """The screen's last line, as the terminal shows it."""
    return app.screen._compositor.render_strips()[-1].text.rstrip()


async def test_a_footer_mounted_once_the_focus_has_settled_shows_its_keys():
    """As the reader's is, after the first paint: no change of bindings follows it."""

    class Small(App[None]):
        BINDINGS: ClassVar[list[BindingType]] = [Binding("s", "bell", "Speakers", show=True)]

        def compose(self) -> ComposeResult:
            yield Button("Read")  # focused at once

    app = Small()
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        await app.screen.mount(ReaderFooter(lambda: ()))
        assert await until(pilot, lambda: bottom_line(app) == "s Speakers")


async def test_the_footer_shows_w_with_a_web_address_and_x_on_a_pasted_articles_tab(document):
    app = ReaderApp(document=document)  # a file: no web address; one pasted article
    async with app.run_test(size=(120, 30)) as pilot:
        assert await until(pilot, lambda: "? Help" in bottom_line(app))
        line = bottom_line(app)
        assert "e Embedded" in line and "w Browser" not in line and "x Close" not in line
        await pilot.press("e")
        assert await until(pilot, lambda: "x Close pane" in bottom_line(app))
        await pilot.press("x")
        assert await until(pilot, lambda: "x Close" not in bottom_line(app))

    app = ReaderApp(document=load_document(str(HN)))  # a discussion: no pasted article
    async with app.run_test(size=(120, 30)) as pilot:
        assert await until(pilot, lambda: "w Browser" in bottom_line(app))
        assert "e Embedded" not in bottom_line(app)


async def test_a_narrow_footer_keeps_help_and_quit_whole(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.press("c")  # the tree's keys come first
        assert await until(pilot, lambda: bottom_line(app).startswith("⏎ Open"))
        assert bottom_line(app).endswith("? Help q Quit")
        await pilot.resize_terminal(100, 24)
        assert await until(pilot, lambda: "/ Search" in bottom_line(app))
        assert bottom_line(app).endswith("? Help q Quit")


async def test_a_rebound_key_shows_in_the_footer_before_help_and_quit(document):
    from reader.config.settings import Settings

    app = ReaderApp(document=document, settings=Settings(keys={"search": "f"}))
    async with app.run_test(size=(120, 30)) as pilot:
        assert await until(pilot, lambda: "f Search" in bottom_line(app))
        assert bottom_line(app).endswith("? Help q Quit")
