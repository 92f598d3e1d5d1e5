"""The Textual app: the document read, parsed in a worker after the first frame, shown,
and its place kept. `reader.ui.run.run_app` starts it; `ThemedApp` and `AppBase` under it
hold the themes, keys and notifications."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import RenderableType
from rich.text import Text
from textual import work
from textual.app import App
from textual.worker import Worker, get_current_worker

from reader.config.settings import DEFAULTS, Settings
from reader.config.themes import ThemeSet
from reader.ingest.glance import Glance, glance
from reader.ingest.source import InputError, SourceText
from reader.ui import loading
from reader.ui.app_base import error_line
from reader.ui.app_themes import FLUSH, ThemedApp
from reader.ui.first_screen import FirstScreen
from reader.ui.keeping import KEEP_EVERY, keep_on_stop
from reader.ui.messages import SettingsChanged
from reader.ui.remembered import Remembered
from reader.ui.terminal_safe import make_safe

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.model.document import Document
    from reader.sources import Whole
    from reader.ui.screens.page_actions import PageActions
    from reader.ui.screens.reader_screen import ReaderScreen


class ReaderApp(ThemedApp):
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
        super().__init__(settings, themes)
        self.source = source
        self.whole = whole  # a big file painted from its head: reads the whole, in the worker
        self.document = make_safe(document) if document is not None else None
        self.remembered = Remembered(None if whole else source)  # the place, comments seen…
        self.glance: Glance | None = None  # a copied page's first frame: its text, at once
        self.quick: loading.QuickStart | None = None  # others': their preview, in a thread
        if source is not None and document is None:
            if loading.plain_page(source):
                self.glance = glance(source.text)
            else:
                self.quick = loading.QuickStart(source)
        self.landed: tuple[Document, bool, bool] | None = None  # before the reading screen was
        self._keeping_off: Callable[[], None] = lambda: None  # the stop signals' handlers
        if settings.keys:
            self.set_keymap(settings.keymap())

    def get_default_screen(self) -> Screen[None]:
        if self.glance is not None:  # a copied page: the reading screen loads after it
            return FirstScreen(self.glance, self.settings)
        # A preview is nearly ready by now: waiting for it makes it the first frame.
        first = self.quick.wait(timeout=1) if self.quick else None
        glance = loading.document_glance(first) if first else None
        self.reading_screen = self._reading_screen(first, glance)
        return self.reading_screen

    def _reading_screen(self, first: Document | None, glance: Glance | None) -> ReaderScreen:
        from reader.ui.screens.reader_screen import ReaderScreen  # a first frame before it

        saved, palette = self.remembered.saved, self.palette
        screen = ReaderScreen(self.settings, first, saved, palette, glance=glance)
        screen.token_styles, screen.keymap = self.token_styles, dict(self.keymap)
        screen.theme_names = sorted(self.themes.themes)
        return screen

    async def to_reading(self) -> None:
        """After the glance's frame: the reading screen in its place, showing the same
        glance until the document lands, with the keys pressed meanwhile."""
        first = self.screen
        if not isinstance(first, FirstScreen):  # a dialog on it (the palette): after that
            self.set_timer(FLUSH, self.to_reading)
            return
        screen = self._reading_screen(None, self.glance)
        screen.early_keys = first.early_keys
        with self.batch_update():  # no frame between the two screens
            await self.push_screen(screen)  # over the glance's (Textual keeps a first screen)
        self.reading_screen = screen
        if self.landed is not None:
            self._show(*self.landed)

    def on_mount(self) -> None:
        self.start_themes()
        if self.document is not None:
            self.call_after_refresh(self.reader.show_document, self.document)
        elif self.source is not None:
            long = self.whole is not None or len(self.source.text) > loading.PREVIEW_OVER
            shown = self.glance is not None or self.reader.glance is not None
            self.parse(self.source, shown, self.glance is not None and long)
        if isinstance(self.screen, FirstScreen):  # once its frame is out
            self.call_after_refresh(self.set_timer, FLUSH, self.to_reading)
        self.set_interval(KEEP_EVERY, self.save_document_state)  # a killed terminal
        self._keeping_off = keep_on_stop(self.save_document_state, self._stopped)

    def on_unmount(self) -> None:
        self._keeping_off()

    def _stopped(self, status: int) -> None:
        """Told to stop (the terminal closed, a kill): quit as if asked, with that status."""
        self.exit(return_code=status)

    def on_settings_changed(self, event: SettingsChanged) -> None:
        self.apply_settings(event.settings)

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings at once: theme, keys, and the reading screen's."""
        old, self.settings = self.settings, settings
        if settings.theme != old.theme and self.themes is not None:
            self._choose(self.themes, settings.theme)
        if settings.keys != old.keys:
            self.set_keymap(settings.keymap())
        if reader := self._reader_or_none():  # else made with them
            reader.apply_settings(settings)

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
            state, stopped = screen.capture_state(), screen.stopped()
            self.remembered.keep(state, screen.document, stopped, screen.threaded)

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
        self.source, self.document, self.quick, self.glance = source, None, None, None
        self.remembered = Remembered(source)
        await self.reader.start_over(self.remembered.saved)
        self.parse(source, False, False)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def parse(self, source: SourceText, first_shown: bool, preview: bool) -> None:
        """The finished document, after the first frame; first, with `preview`, the article
        of the first lines of a long page shown only as a glance."""
        if first_shown:  # the full parse would slow the first paint down: after it
            painted = threading.Event()
            self.call_from_thread(self.call_after_refresh, painted.set)
            painted.wait(timeout=2)
            time.sleep(FLUSH)  # and let Textual's writer thread put that frame out
        if preview and (first := loading.preview(source)) is not None:
            self.call_from_thread(self._show, first, False)
        if self.whole is not None:  # painted from its head: the whole file now
            source, self.whole = self.whole(), None
            self.call_from_thread(self._remember, Remembered(source))
        flat: list[Document] = []  # shown before its comments were threaded

        def shown(document: Document) -> None:
            flat.append(document)
            self.remembered.visit(document)  # before it shows: a quit then finds it recorded
            self.document = document
            self.call_from_thread(self._show, document, True, False)

        document = loading.parse(source, shown)
        if get_current_worker().is_cancelled:
            return  # another document was opened meanwhile: its worker shows it
        self.remembered.mark_new(document)  # by author and words: threading may name authors
        if not flat:
            self.remembered.visit(document)
        self.document = document
        if flat:  # the same document, its comments threaded now
            self.call_from_thread(self._threads_landed)
        else:
            self.call_from_thread(self._show, document)
        for warning in document.warnings:  # read, but not all well: a page cut short, …
            self.call_from_thread(self.notify, warning, severity="warning", timeout=10)

    def _show(self, document: Document, complete: bool = True, threaded: bool = True) -> None:
        if (reader := self._reader_or_none()) is None:  # the glance's screen: shown after it
            self.landed = (document, complete, threaded)
            return
        reader.history_name = self.remembered.name  # H lists the others
        reader.show_document(document, complete, threaded)

    def _threads_landed(self) -> None:
        if reader := self._reader_or_none():
            reader.threads_landed()
        elif self.landed is not None:  # the glance's screen: the reading screen shows them
            self.landed = (*self.landed[:2], True)

    def _remember(self, remembered: Remembered) -> None:
        """What is kept of the whole file (known once it is read): the place to go back to."""
        self.remembered = remembered
        if reader := self._reader_or_none():  # else made with it
            reader.saved = remembered.saved

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.error is not None and event.worker.group == "themes":
            self.notify(f"Themes not loaded: {event.worker.error}", severity="warning")
        elif event.worker.error is not None:
            line = f"reader: cannot parse: {error_line(event.worker.error)}"
            self.exit(1, return_code=1, message=Text(line))


def _commands() -> type:
    from reader.ui.commands import ReaderCommands  # the palette loads when first opened

    return ReaderCommands
