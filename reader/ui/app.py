"""The Textual app: its first screen, the reading screen after it, settings and the way
out. `reader.ui.run.run_app` starts it; under it `DocumentApp` holds the document (its
parse, showing, place), `ThemedApp` and `AppBase` the themes, keys and notifications."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import RenderableType
from textual.app import App

from reader.config.settings import DEFAULTS, Settings
from reader.config.themes import ThemeSet
from reader.ingest.glance import Glance, glance
from reader.ingest.source import SourceText
from reader.ui import loading
from reader.ui.app_documents import DocumentApp
from reader.ui.app_themes import FLUSH
from reader.ui.first_screen import FirstScreen
from reader.ui.keeping import KEEP_EVERY, keep_on_stop
from reader.ui.messages import SettingsChanged
from reader.ui.remembered import Remembered
from reader.ui.terminal_safe import make_safe

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.model.document import Document
    from reader.sources import Whole
    from reader.sources.apart import Apart
    from reader.ui.screens.reader_screen import ReaderScreen


class ReaderApp(DocumentApp):
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
        apart: Apart | None = None,
    ) -> None:
        super().__init__(settings, themes)
        self.source = source
        self.whole, self.apart = whole, apart
        self.document = make_safe(document) if document is not None else None
        self.remembered = Remembered(None if whole else source)
        self.glance = None
        self.quick = None
        if source is not None and document is None:
            if loading.plain_page(source):
                self.glance = glance(source.text)
            else:
                self.quick = loading.QuickStart(source)
        self.landed = None
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
        self._tell_reader()  # themes or keys that came in while it was put up
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
        self.stop_parsing()

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


def _commands() -> type:
    from reader.ui.commands import ReaderCommands  # the palette loads when first opened

    return ReaderCommands
