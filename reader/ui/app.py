"""The Textual app: `run_app(name)` reads the input, then parses it in a worker."""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import RenderableType
from rich.text import Text
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Keymap
from textual.notifications import SeverityLevel
from textual.theme import Theme
from textual.worker import Worker

from reader.config.settings import DEFAULTS, Settings
from reader.config.theme_spec import ThemeSpec
from reader.config.themes import ThemeSet, fallback_theme, load_themes
from reader.ingest.source import InputError, SourceText
from reader.messages import fail
from reader.model.document import Document
from reader.ui import loading
from reader.ui.highlighter import TokenStyles
from reader.ui.keeping import KEEP_EVERY, keep_on_stop
from reader.ui.messages import SettingsChanged
from reader.ui.remembered import Remembered
from reader.ui.screens.page_actions import PageActions
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.terminal_safe import make_safe, safe
from reader.ui.theming import DEFAULT_PALETTE, Palette, choose_theme, palette_of, register_themes

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.sources import Whole

FLUSH = 0.05  # seconds: the first frame's write, before the full parse takes the CPU


class ReaderApp(App[int]):
    CSS_PATH = Path(__file__).with_name("reader.tcss")
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {lambda: _commands()}

    def __init__(
        self,
        source: SourceText | None = None,
        document: Document | None = None,
        settings: Settings = DEFAULTS,
        themes: ThemeSet | None = None,
        whole: Whole | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        self.whole = whole  # a big file painted from its head: reads the whole, in the worker
        self.document = make_safe(document) if document is not None else None
        self.settings = settings
        self.all_themes = themes is not None  # else the chosen one now, the rest after a paint
        self.themes = themes or load_themes(names={settings.theme, DEFAULTS.theme})
        self.palette: Palette = DEFAULT_PALETTE  # Rich styles of lines in text, from the theme
        self.token_styles = TokenStyles()  # and of the lexer's tokens (built when first used)
        self._use_theme(self.themes.resolve(settings.theme)[0])  # the first frame's colours
        self.keymap: dict[str, str] = {}  # binding id -> keys, as the help screen shows them
        self.remembered = Remembered(None if whole else source)  # the place, comments seen…
        self.quick = loading.QuickStart(source) if source and not document else None
        self._keeping_off: Callable[[], None] = lambda: None  # the stop signals' handlers
        self.crashed = False
        self.chosen: str | None = None  # the theme the app set itself: a change not to save
        if settings.keys:
            self.set_keymap(settings.keymap())

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification is plain text: it quotes names, searches and file paths."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def _fatal_error(self) -> None:
        """An unhandled exception: one `reader:` line, not Textual's traceback (which shows
        the page's text in its locals); exit status 1. READER_DEBUG=1 shows the traceback."""
        if os.environ.get("READER_DEBUG"):
            super()._fatal_error()
        elif not self.crashed:  # the first error is the one to tell; later ones follow it
            self.crashed = True
            self.panic(Text(crash_line(sys.exception())))

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return fallback_theme().variables()  # $quote and the rest parse before a theme loads

    def set_keymap(self, keymap: Keymap) -> None:
        """Textual's keymap (binding ids to keys), remembered for the help screen."""
        super().set_keymap(keymap)
        self.keymap = dict(keymap)
        self._tell_reader()

    def update_keymap(self, keymap: Keymap) -> None:
        super().update_keymap(keymap)
        self.keymap |= keymap
        self._tell_reader()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's, with its "Keys" opening the reader's own list (`?`), not Textual's
        panel of the focused widget's bindings."""
        for command in super().get_system_commands(screen):
            if command.title == "Keys" and (reader := self._reader_or_none()):
                command = SystemCommand("Keys", "Every key that works (?)", reader.action_help)
            yield command

    def _tell_reader(self) -> None:
        """The reading screen's copy of what its help and settings screens show."""
        if reader := self._reader_or_none():
            reader.keymap = dict(self.keymap)
            reader.theme_names = sorted(self.themes.themes)

    def get_default_screen(self) -> ReaderScreen:
        # The quick article is nearly ready by now: waiting for it makes it the first frame.
        first = self.quick.wait(timeout=1) if self.quick else None
        return self._reading_screen(first)

    def _reading_screen(self, first: Document | None) -> ReaderScreen:
        screen = ReaderScreen(self.settings, first, self.remembered.saved, self.palette)
        screen.token_styles, screen.keymap = self.token_styles, dict(self.keymap)
        screen.theme_names = sorted(self.themes.themes)
        return screen

    @property
    def reader(self) -> ReaderScreen:
        """The reading screen (under any dialog)."""
        screen = self._reader_or_none()
        assert screen is not None
        return screen

    def _reader_or_none(self) -> ReaderScreen | None:
        return next((s for s in reversed(self.screen_stack) if isinstance(s, ReaderScreen)), None)

    def on_mount(self) -> None:
        if not self.all_themes:  # every theme after the first paint
            self.call_after_refresh(self.load_all_themes)
        else:
            register_themes(self, self.themes)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self._use_theme(self._choose(self.themes, self.settings.theme))
        if self.document is not None:
            self.call_after_refresh(self.reader.show_document, self.document)
        elif self.source is not None:
            self.parse(self.source, self.reader.document is not None)
        self.set_interval(KEEP_EVERY, self.save_document_state)  # a killed terminal
        self._keeping_off = keep_on_stop(self.save_document_state, self._stopped)

    def on_unmount(self) -> None:
        self._keeping_off()

    def _stopped(self, status: int) -> None:
        """Told to stop (the terminal closed, a kill): quit as if asked, with that status."""
        self.exit(return_code=status)

    @work(thread=True, exclusive=True, group="themes", exit_on_error=False)
    def load_all_themes(self) -> None:
        """Every theme, pygments styles checked: after the first frame is out (speed)."""
        time.sleep(FLUSH)
        from reader.render.highlight import style_class

        themes = load_themes(check_style=style_class)
        self.call_from_thread(self._all_themes_loaded, themes)

    def _all_themes_loaded(self, themes: ThemeSet) -> None:
        self.themes, self.all_themes = themes, True
        register_themes(self, themes)
        self._tell_reader()
        name = self.current_theme.name
        if name != fallback_theme().name and name not in themes.themes:  # bad pygments style
            self._use_theme(self._choose(themes, self.settings.theme))

    def _choose(self, themes: ThemeSet, name: str) -> ThemeSpec:
        """The settings' theme (or a fallback): not the reader's pick, so not saved."""
        spec = choose_theme(self, themes, name)
        self.chosen = spec.name  # the theme-changed signal comes later: not a pick to save
        return spec

    @property
    def available_themes(self) -> dict[str, Theme]:
        """The reader's themes only, as settings know them: the palette offers these."""
        every = super().available_themes
        if (themes := getattr(self, "themes", None)) is None:  # Textual's start, before ours
            return every
        ours = {*themes.themes, fallback_theme().name, self.theme}
        return {n: t for n, t in every.items() if n in ours}

    def _theme_changed(self, theme: object) -> None:
        name = self.current_theme.name
        self._use_theme(self.themes.themes.get(name))
        self.reader.recolour(self.palette, self.token_styles)
        if name != self.settings.theme and name in self.themes.themes and name != self.chosen:
            self._save_theme(name)  # picked in the palette: saved as on the settings screen

    def _save_theme(self, name: str) -> None:
        from reader.config.settings_save import change_setting

        themes = sorted(self.themes.themes)
        self.settings, problem = change_setting(self.settings, "theme", name, themes)
        if problem:
            self.notify(problem, severity="warning", timeout=8)

    def _use_theme(self, spec: ThemeSpec | None) -> None:
        """The styles of text spans: a theme of ours, or (a Textual theme) the defaults."""
        self.palette = palette_of(spec) if spec else DEFAULT_PALETTE
        self.token_styles = TokenStyles(spec)

    def on_settings_changed(self, event: SettingsChanged) -> None:
        self.apply_settings(event.settings)

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings at once: theme, keys, and the reading screen's."""
        old, self.settings = self.settings, settings
        if settings.theme != old.theme and self.themes is not None:
            self._choose(self.themes, settings.theme)
        if settings.keys != old.keys:
            self.set_keymap(settings.keymap())
        self.reader.apply_settings(settings)

    def exit(
        self, result: int | None = None, return_code: int = 0, message: RenderableType | None = None
    ) -> None:
        """Quit however asked (q, ctrl+q, the palette), remembering the place first."""
        self.save_document_state()
        super().exit(result, return_code, message)

    def save_document_state(self) -> None:
        """Remember where the reader is in this document, and that they read it."""
        screen = self._reader_or_none()
        if screen is not None and screen.complete and screen.document:
            self.remembered.keep(screen.capture_state(), screen.document, screen.stopped())

    def on_page_actions_open_requested(self, event: PageActions.OpenRequested) -> None:
        self.call_after_refresh(self.open_document, event.name)  # once the list has closed

    async def open_document(self, name: str) -> None:
        """Another document (from the history) in place of this one."""
        try:
            source = loading.read(None if name == "demo" else name)
        except InputError as error:
            self.notify(f"{name}: {error}", severity="error", timeout=6)
            return
        self.save_document_state()
        self.source, self.document, self.quick = source, None, None
        self.remembered = Remembered(source)
        await self.reader.start_over(self.remembered.saved)
        self.parse(source, False)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def parse(self, source: SourceText, first_shown: bool) -> None:
        if first_shown:  # the full parse would slow the first paint down: after it
            painted = threading.Event()
            self.call_from_thread(self.call_after_refresh, painted.set)
            painted.wait(timeout=2)
            time.sleep(FLUSH)  # and let Textual's writer thread put that frame out
        if self.whole is not None:  # painted from its head: the whole file now
            source, self.whole = self.whole(), None
            self.call_from_thread(self._remember, Remembered(source))
        document = loading.parse(source)
        self.remembered.mark_new(document)
        self.remembered.visit(document)  # before it shows: a quit then finds it recorded
        self.document = document
        self.call_from_thread(self._show, document)
        for warning in document.warnings:  # read, but not all well: a page cut short, …
            self.call_from_thread(self.notify, warning, severity="warning", timeout=10)

    def _show(self, document: Document) -> None:
        self.reader.history_name = self.remembered.name  # H lists the others
        self.reader.show_document(document)

    def _remember(self, remembered: Remembered) -> None:
        """What is kept of the whole file (known once it is read): the place to go back to."""
        self.remembered = remembered
        self.reader.saved = remembered.saved

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.error is not None and event.worker.group == "themes":
            self.notify(f"Themes not loaded: {event.worker.error}", severity="warning")
        elif event.worker.error is not None:
            line = f"reader: cannot parse: {one_line(event.worker.error)}"
            self.exit(1, return_code=1, message=Text(line))


def one_line(error: object) -> str:
    """An error's message as one short line of plain, harmless text."""
    return " ".join(safe(str(error)).split())[:300]


def crash_line(error: BaseException | None) -> str:
    return f"reader: crashed: {type(error).__name__}: {one_line(error)}"


def _commands() -> type:
    from reader.ui.commands import ReaderCommands  # the palette loads when first opened

    return ReaderCommands


def run_app(name: str | None, refresh: bool = False) -> int:
    """Run the reader on a file ("-": standard input; None: the demo; a URL, fetched again
    with `refresh`). The exit code."""
    try:
        source, whole = loading.read_first(name, refresh)
    except InputError as error:
        return fail(name or "demo", error)
    if name == "-":
        _reopen_terminal()
    from reader.config.settings_file import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as error:  # one line, and the file stays as the user wrote it
        return fail(error, status=2)
    app = ReaderApp(source, settings=settings, whole=whole)
    result = app.run()
    return app.return_code or (0 if result is None else int(result))


def _reopen_terminal() -> None:
    """After reading a page from a pipe, take keys from the terminal."""
    import os

    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return
    os.dup2(fd, 0)
    os.close(fd)
