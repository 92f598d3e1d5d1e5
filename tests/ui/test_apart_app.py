"""The app on a big page parsed in another process: the comments it shows come from there."""

from __future__ import annotations

from test_apart import big_page

from reader.sources import apart, read_first
from reader.ui import loading
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_tabs import COMMENTS
from ui.settle import until


async def test_the_app_shows_the_comments_the_other_process_parsed(tmp_path, monkeypatch):
    monkeypatch.setattr(apart, "free_core", lambda: True)

    def not_here(*args: object) -> None:
        raise AssertionError("parsed in the app's own process")

    monkeypatch.setattr(loading, "parse", not_here)
    path = big_page(tmp_path)
    head, whole = read_first(str(path))
    app = ReaderApp(head, whole=whole, apart=apart.start(str(path)))
    async with app.run_test(size=(100, 30)) as pilot:
        assert await until(pilot, lambda: app.reading_screen is not None)
        screen = app.reader
        assert await until(pilot, lambda: screen.built and screen.complete, frames=1500)
        assert await until(pilot, lambda: screen.threaded, frames=1500)
        label = screen.reading.tabs.get_tab(COMMENTS).label
        assert str(label) == "Comments (3200)"
        assert app.apart is None  # read once: a document opened next is parsed in the app


async def test_a_quit_before_the_document_lands_ends_the_other_process(tmp_path, monkeypatch):
    """The app's exit waits for its worker, which would wait for that process's parse."""
    monkeypatch.setattr(apart, "free_core", lambda: True)
    path = big_page(tmp_path)
    head, whole = read_first(str(path))
    started = apart.start(str(path))
    assert started is not None
    app = ReaderApp(head, whole=whole, apart=started)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("q")
    assert started.stopped and started.process.returncode is not None
    assert app.apart is None
