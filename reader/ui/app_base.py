"""The app's frame: plain notifications, one line on a crash, keys, and the reading screen.

`ThemedApp` adds the themes on this and `ReaderApp` the document; the three are one app
in layers, as the reading screen is (`ReadingBase` … `ReaderScreen`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Keymap
from textual.notifications import SeverityLevel

from reader.config.themes import fallback_theme
from reader.model.clean import one_line
from reader.ui import toast_time  # noqa: F401  (before any notification)

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.config.themes import ThemeSet
    from reader.ui.screens.reader_screen import ReaderScreen


class AppBase(App[int]):
    themes: ThemeSet  # every theme known (`ThemedApp` loads them)

    def __init__(self) -> None:
        super().__init__()
        self.keymap: dict[str, str] = {}  # binding id -> keys, as the help screen shows them
        self.crashed = False
        self.reading_screen: ReaderScreen | None = None  # once made

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

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        """The address in the web browser, and a note saying so; on a machine with no
        browser to start (a server over ssh), a note saying that instead of "Opened"."""
        if not self.is_web and not _browser_found():
            self.notify(f"No web browser found to open {url}", severity="warning", timeout=6)
            return
        super().open_url(url, new_tab=new_tab)
        self.notify(f"Opened {url}", timeout=3)

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

    @property
    def reader(self) -> ReaderScreen:
        """The reading screen (under any dialog)."""
        screen = self._reader_or_none()
        assert screen is not None
        return screen

    def _reader_or_none(self) -> ReaderScreen | None:
        """The reading screen; None before it is made (a first frame of its own came
        first) and while another document replaces it."""
        return self.reading_screen if self.reading_screen in self.screen_stack else None


def _browser_found() -> bool:
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


def error_line(error: object) -> str:
    """An error's message as one short line of plain, harmless text."""
    return one_line(error)[:300]


def crash_line(error: BaseException | None) -> str:
    return f"reader: crashed: {type(error).__name__}: {error_line(error)}"
