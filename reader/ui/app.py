"""The Textual app: `run_app(name)` reads the input, then parses it in a worker."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Keymap

from reader.ingest.source import InputError, SourceText
from reader.model.document import Document
from reader.ui import loading
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.settings import DEFAULTS, Settings
from reader.ui.terminal_safe import make_safe

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
    ) -> None:
        super().__init__()
        self.source = source
        self.document = make_safe(document) if document is not None else None
        self.settings = settings
        self.keymap: dict[str, str] = {}  # binding id -> keys, as the help screen shows them
        self.quick = loading.QuickStart(source) if source and not document else None

    def set_keymap(self, keymap: Keymap) -> None:
        """Textual's keymap (binding ids to keys), remembered for the help screen."""
        super().set_keymap(keymap)
        self.keymap = dict(keymap)

    def update_keymap(self, keymap: Keymap) -> None:
        super().update_keymap(keymap)
        self.keymap |= keymap

    def get_default_screen(self) -> ReaderScreen:
        # The quick article is nearly ready by now: waiting for it makes it the first frame.
        first = self.quick.wait(timeout=1) if self.quick else None
        return ReaderScreen(self.settings, first)

    @property
    def reader(self) -> ReaderScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        return screen

    def on_mount(self) -> None:
        self.theme = self.settings.theme
        if self.document is not None:
            self.call_after_refresh(self.reader.show_document, self.document)
        elif self.source is not None:
            self.parse(self.source, self.reader.document is not None)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def parse(self, source: SourceText, first_shown: bool) -> None:
        if first_shown:  # the full parse would slow the first paint down: after it
            painted = threading.Event()
            self.call_from_thread(self.call_after_refresh, painted.set)
            painted.wait(timeout=2)
            time.sleep(FLUSH)  # and let Textual's writer thread put that frame out
        document = loading.parse(source)
        self.document = document
        self.call_from_thread(self.reader.show_document, document)

    def on_worker_state_changed(self, event) -> None:
        if event.worker.error is not None:
            self.exit(1, message=f"reader: cannot parse: {event.worker.error}")


def _commands() -> type:
    from reader.ui.commands import ReaderCommands  # the palette loads when first opened

    return ReaderCommands


def run_app(name: str | None) -> int:
    """Run the reader on a file ("-": standard input; None: the demo). The exit code."""
    try:
        source = loading.read(name)
    except InputError as error:
        print(f"reader: {name}: {error}", file=sys.stderr)
        return 1
    if name == "-":
        _reopen_terminal()
    app = ReaderApp(source)
    result = app.run()
    return 0 if result is None else int(result)


def _reopen_terminal() -> None:
    """After reading a page from a pipe, take keys from the terminal."""
    import os

    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return
    os.dup2(fd, 0)
    os.close(fd)
