"""The Textual app: `run_app(name)` reads the input, then parses it in a worker."""

from __future__ import annotations

import sys
from pathlib import Path

from textual import work
from textual.app import App

from reader.ingest.source import InputError, SourceText
from reader.model.document import Document
from reader.ui import loading
from reader.ui.screens.reader_screen import ReaderScreen
from reader.ui.settings import DEFAULTS, Settings


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
        self.document = document
        self.settings = settings

    def get_default_screen(self) -> ReaderScreen:
        return ReaderScreen(self.settings)

    @property
    def reader(self) -> ReaderScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        return screen

    def on_mount(self) -> None:
        self.theme = self.settings.theme
        self.call_after_refresh(self._start)  # once the screen's tabs exist

    def _start(self) -> None:
        if self.document is not None:
            self.reader.show_document(self.document)
        elif self.source is not None:
            self.parse(self.source)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def parse(self, source: SourceText) -> None:
        head = loading.preview(source)
        if head is not None:
            self.call_from_thread(self.reader.show_document, loading.parse(head), False)
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
    import threading

    # The parser's import overlaps Textual's start-up instead of following it.
    threading.Thread(target=__import__, args=("reader.pipeline",), daemon=True).start()
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
