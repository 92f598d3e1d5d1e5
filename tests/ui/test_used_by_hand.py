"""Faults met using the reader by hand under tmux (session 33), each as the user saw it
(Pilot, the screen as shown)."""

from __future__ import annotations

from textual.widgets import OptionList

from reader.config.themes import load_themes
from reader.ingest.source import from_bytes
from reader.sources import parse_source
from reader.ui.app import ReaderApp
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.screens.settings_screen import SettingsScreen
from ui.settle import run_reading, until

PAGE = "Gull numbers fall at Wren Point\n\nBy Ada Finch\n\nThe count fell again this spring.\n"


async def test_themes_landing_while_the_reading_screen_opens_reach_its_settings(monkeypatch):
    """A copied page opens on a glance; every theme is read in a worker meanwhile. When the
    themes landed while the reading screen was being put up, its settings kept the first
    list (the settings' theme alone): Enter on the theme row kept 'dark', and no other theme
    could be picked for the whole session."""
    monkeypatch.setattr(ReaderApp, "load_all_themes", lambda self: None)  # landed below
    app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"))
    push = app.push_screen

    def push_landing(screen, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(screen, ReaderScreen):  # the themes land while it is put up
            app._all_themes_loaded(load_themes())
        return push(screen, *args, **kwargs)

    monkeypatch.setattr(app, "push_screen", push_landing)
    async with run_reading(app, (80, 24)) as pilot:
        await pilot.press("comma")
        shown = lambda: isinstance(app.screen, SettingsScreen) and app.screen.query(OptionList)  # noqa: E731
        assert await until(pilot, shown)  # the screen, once its list is mounted
        options = app.screen.query_one(OptionList)
        options.highlighted = options.get_option_index("theme")
        await pilot.press("enter")

        def theme_row() -> str:
            return str(options.get_option("theme").prompt)

        assert await until(pilot, lambda: "dusk" in theme_row())
        assert app.theme == "dusk"


async def test_w_on_a_machine_with_no_browser_says_so(monkeypatch) -> None:
    """Over ssh on a server, `w` said "Opened https://…" though no browser was there to
    open it: the note says none was found, with the address to open elsewhere."""
    import webbrowser

    def no_browser(using: str | None = None) -> webbrowser.BaseBrowser:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url))
    page = from_bytes(PAGE.encode(), "https://gazette.example/gulls")
    app = ReaderApp(document=parse_source(page))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("w")

        def toasts() -> str:
            return " ".join(str(n.message) for n in app._notifications)

        assert await until(pilot, lambda: "No web browser found" in toasts())
        assert "https://gazette.example/gulls" in toasts()
        assert "Opened" not in toasts()
        assert opened == []  # and no browser was asked to open it


async def test_a_comment_s_reply_button_is_chrome_shown_only_with_the_boilerplate(document):
    """A page that prints "Reply" under each comment: the parse marks it boilerplate, yet
    the opened comment showed it as the comment's last paragraph. Hidden as the
    article's boilerplate is, and shown with it (`B`)."""
    from reader.model import Block, BlockKind

    first = document.article.comments[0]
    first.blocks.append(Block("c1.b2", BlockKind.BOILERPLATE, "Reply"))
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        assert await until(pilot, lambda: any("a lot for a ferry" in s for s in _shown(app)))
        assert not any(line.endswith("Reply") for line in _shown(app))
        await pilot.press("B")
        assert await until(pilot, lambda: any(line.endswith("Reply") for line in _shown(app)))


def _shown(app: ReaderApp) -> list[str]:
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]


async def test_n_after_a_comment_search_walks_its_hits_not_the_speaker_followed(document):
    """n walks whichever was asked last. Following a speaker, then searching the comments,
    n left the comments for the speaker's next quote in the article: the search was
    asked last, so n goes to its next hit."""
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        assert await until(pilot, lambda: any("Tamsin Reyes" in s for s in _shown(app)))
        await pilot.press("enter", "s", "c", "slash")
        await pilot.pause()
        await pilot.press(*"fuel", "enter")
        assert await until(pilot, lambda: "comment hit 1/2" in _shown(app)[-2])
        await pilot.press("n")
        assert await until(pilot, lambda: "comment hit 2/2" in _shown(app)[-2])
        assert "quote" not in _shown(app)[-2]
