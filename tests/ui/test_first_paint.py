"""Start-up from a page: a glance at its text paints flat first, then the full view takes over."""

from __future__ import annotations

from collections.abc import Callable

from reader.ingest.source import SourceText, from_bytes
from reader.model import Document
from reader.sources import preview
from reader.ui.app import ReaderApp
from reader.ui.first_screen import FirstScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.first_paint import FirstPaint
from ui.settle import run_reading, until

PAGE = """Gulls return to the Lark Sound pier

Fishers say the birds came back with the herring

March 3, 2026

PORT WREN — The gulls are back on the pier after two quiet winters.

“We missed the noise,” said Tamsin Reyes, who runs the bait shop.

Harbour staff counted four hundred birds on Sunday.
"""


def test_the_quick_article_is_the_article_without_analysis():
    source = from_bytes(PAGE.encode(), "gulls.txt")
    first = preview(source)
    assert first.article.title == "Gulls return to the Lark Sound pier"
    assert first.article.quotes == [] and first.article.speakers == []
    page = (
        b"<!doctype html><html><head><title>Gulls return | Coast News</title></head><body>"
        b"<h1>Coast News</h1><h1>Gulls <em>return</em> to the pier</h1><p>x</p></body></html>"
    )
    html = from_bytes(page, "page")
    quick = preview(html)  # HTML: only the headline, the <h1> most like the <title>
    assert quick.article.title == "Gulls return to the pier"
    assert [b.kind.value for b in quick.article.blocks] == ["title"]


async def test_first_paint_then_full_view_then_analysis():
    app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"))
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.screen.query(FirstPaint)  # the first frame: the glance, flat
        assert await until(pilot, lambda: app.reading_screen is not None)
        screen = app.reader
        for _ in range(100):  # the full parse runs in a worker thread
            await pilot.pause(0.02)
            if screen.complete and screen.built:
                break
        await pilot.pause()
        assert not screen.query(FirstPaint)
        view = screen.query_one(ArticleView)
        assert view.article is app.document.article and view.has_focus
        assert any(s.name == "Tamsin Reyes" for s in view.article.speakers)
        await pilot.press("c")
        assert screen.query_one("#tabs").active == "tab-comments"


async def test_the_first_frame_is_the_glance_and_keys_wait_for_the_full_view():
    app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"))
    first = app.get_default_screen()  # a screen of its own: the reading screen loads after
    assert isinstance(first, FirstScreen) and app.reading_screen is None
    assert first.glance.title == "Gulls return to the Lark Sound pier"
    async with app.run_test(size=(100, 30)) as pilot:
        assert await until(pilot, lambda: app.reading_screen is not None)
        screen = app.reader
        assert screen.glance is not None and not screen.built
        assert screen.check_action("quit", ()) and not screen.check_action("comments", ())
        assert await until(pilot, lambda: screen.built)  # not torn down while it is built


def test_before_the_first_paint_only_the_chosen_theme_loads():
    from reader.config.themes import load_themes

    few = load_themes(names={"paper", "dark", "../x"})
    assert sorted(few.themes) == ["dark", "paper"]  # no pygments check: after the paint


async def test_every_theme_joins_after_the_first_paint():
    app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"))
    async with app.run_test(size=(100, 30)) as pilot:
        assert await until(pilot, lambda: app.themes is not None and len(app.themes.themes) > 2)
        assert {"dark", "paper", "terminal"} <= set(app.available_themes)
        assert app.theme == "dark"
        built = await until(pilot, lambda: app.reading_screen and app.reading_screen.built)
        assert built  # the app torn down mid-build crashes (as a quit before the full view does)


async def test_a_big_file_paints_from_its_head_and_then_shows_the_whole(tmp_path):
    from reader.config.state import document_key
    from reader.sources import read_first
    from reader.sources.head import HEAD_BYTES

    entries = HEAD_BYTES // 40 + 1  # past the head, which holds about half of them
    log = "".join(f"Entry {n}: one more boat tied up at the pier.\n\n" for n in range(entries))
    path = tmp_path / "gulls.txt"
    path.write_text(PAGE + "\n" + log, encoding="utf-8")
    head, whole = read_first(str(path))
    app = ReaderApp(head, whole=whole)
    async with app.run_test(size=(100, 30)) as pilot:
        assert await until(pilot, lambda: app.reading_screen is not None)
        screen = app.reader
        for _ in range(300):
            await pilot.pause(0.02)
            if screen.complete and screen.built:
                break
        last = app.document.article.blocks[-1].text
        assert last == f"Entry {entries - 1}: one more boat tied up at the pier."
        assert app.remembered.state_key == document_key(path.read_text())  # the whole's place


async def test_a_long_page_shows_its_first_lines_article_before_the_whole_parse(monkeypatch):
    import threading

    from reader.ui import loading

    page = PAGE + "".join(f"\nEntry {n}: one more boat tied up at the pier.\n" for n in range(3000))
    release, parse = threading.Event(), loading.parse

    def held(source: SourceText, shown: Callable[[Document], None] | None = None) -> Document:
        release.wait(600)  # the whole parse waits for the first lines' (long on a busy machine)
        return parse(source, shown)

    monkeypatch.setattr(loading, "parse", held)
    app = ReaderApp(from_bytes(page.encode(), "gulls.txt"))
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.screen.query(FirstPaint) and app.glance.title.startswith("Gulls return")
        assert await until(pilot, lambda: app.reading_screen is not None)
        screen = app.reader
        shown = await until(pilot, lambda: screen.built and screen.document is not None)
        release.set()
        assert shown and not screen.complete  # the article of the first lines, no analysis
        assert screen.query_one(ArticleView).article.title == "Gulls return to the Lark Sound pier"
        assert await until(pilot, lambda: screen.complete)


async def test_the_first_frame_is_in_the_chosen_theme_its_css_read_once(monkeypatch):
    # Set on mount, as a change of theme is, the theme had Textual parse every
    # stylesheet again (and the widgets' rules after it) before the first frame.
    from textual.css.stylesheet import Stylesheet

    from reader.config.settings import Settings

    reparsed: list[object] = []
    reparse = Stylesheet.reparse
    monkeypatch.setattr(Stylesheet, "reparse", lambda s: reparsed.append(s) or reparse(s))
    app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"), settings=Settings(theme="paper"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme == "paper" and app.has_class("-light-mode", "-theme-paper")
        assert app.screen.styles.background == app.current_theme.to_color_system().background
        assert reparsed == []


async def test_the_first_frame_is_two_widgets_however_many_lines_it_shows():
    from textual.app import App
    from textual.widgets import Static

    from reader.ingest.glance import glance

    text = PAGE + "".join(f"\nEntry {n}: one more boat tied up at the pier.\n" for n in range(50))

    class Frame(App[None]):
        def compose(self):
            yield FirstPaint(glance(text))

    async with Frame().run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        column = [str(s.visual) for s in pilot.app.query(Static)]
        assert column[0] == "Gulls return to the Lark Sound pier"
        assert len(column) == 2 and "Entry 3: one more boat" in column[1]


async def test_q_pressed_while_the_full_view_is_built_quits_cleanly():
    """A reader who quits at once (the first frame, the full view still mounting its
    panels) gets a clean exit, not "reader: crashed" and status 1."""
    for _ in range(5):  # the panels mount at some point of the first frames
        app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"))
        async with app.run_test(size=(100, 30)) as pilot:
            assert await until(pilot, lambda app=app: app.reading_screen in app.screen_stack)
            await pilot.press("q")
        assert not app.crashed and app.return_code in (0, None)


async def test_a_document_given_before_the_screen_mounts_builds_the_view_once():
    """Asked for on mount (a document is there) and by the document itself: one full view."""
    from textual.app import App

    from reader.ingest.glance import glance
    from reader.sources import parse_source
    from reader.ui.screens.reader_screen import ReaderScreen

    document = parse_source(from_bytes(PAGE.encode(), "gulls.txt"))
    screen = ReaderScreen(glance=glance(PAGE))
    screen.show_document(document)  # the parse was quicker than the first frame

    class Host(App[None]):
        def get_default_screen(self) -> ReaderScreen:
            return screen

    app = Host()
    async with app.run_test(size=(100, 30)) as pilot:
        assert await until(pilot, lambda: screen.built and screen.query(ArticleView))
        await pilot.pause()
        assert len(screen.query("#main")) == 1 and not screen.query(FirstPaint)
        assert screen.query_one(ArticleView).article is document.article


async def test_the_place_is_not_kept_from_a_view_the_closing_app_has_taken_down():
    """The timer that keeps the place can tick while the app closes, its view gone."""
    app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"))
    async with run_reading(app, (100, 30)) as pilot:
        assert await until(pilot, lambda: app.reader.built and app.reader.complete)
        app.save_document_state()
        kept = app.remembered.kept
        await app.reader.query_one("#main").remove()  # as the closing app does
        app.save_document_state()  # no error, and the place kept before stays
        assert app.remembered.kept == kept
