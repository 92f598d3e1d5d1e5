"""The app's document: parsed in a worker after the first frame, shown when it lands
(flat first, its comments threaded after), another one opened in its place, and the
place in it kept. ``ReaderApp`` builds on it with the screens and settings."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.css.query import NoMatches
from textual.worker import Worker, get_current_worker

from reader.ingest.glance import Glance
from reader.ingest.source import InputError, SourceText
from reader.ui import loading
from reader.ui.app_base import error_line
from reader.ui.app_themes import FLUSH, ThemedApp
from reader.ui.remembered import Remembered

if TYPE_CHECKING:
    from reader.model.document import Document
    from reader.sources import Whole
    from reader.sources.apart import Apart
    from reader.sources.finish import Shown
    from reader.ui.screens.page_actions import PageActions


class DocumentApp(ThemedApp):
    source: SourceText | None
    whole: Whole | None  # a big file painted from its head: reads the whole, in the worker
    apart: Apart | None  # and its parse, begun in another process as the app started
    document: Document | None
    remembered: Remembered  # the place, comments seen…
    glance: Glance | None  # a copied page's first frame: its text, at once
    quick: loading.QuickStart | None  # others': their preview, in a thread
    landed: tuple[Document, bool, bool] | None  # before the reading screen was

    def save_document_state(self) -> None:
        """Remember where the reader is in this document, and that they read it."""
        screen = self._reader_or_none()
        if screen is not None and screen.complete and screen.document and screen.in_view:
            try:
                state, stopped = screen.capture_state(), screen.stopped()
            except NoMatches:  # a closing app takes the view down a part at a time: the
                return  # place kept last (a second ago, or by the quit key) stands
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
        self.stop_parsing()  # the first document's, if not read yet
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

        document = self._parsed(source, shown)
        if document is None or get_current_worker().is_cancelled:
            return  # a quit, or another document opened meanwhile (its worker shows it)
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

    def _parsed(self, source: SourceText, shown: Shown) -> Document | None:
        """The document the other process parsed, begun with the app (the first one's
        alone), else parsed here (none begun, or it failed: the error is told); None
        once a quit or another document stopped that process."""
        if (apart := self.apart) is not None:
            document = apart.document(source, shown)
            self.apart = None
            if document is not None or apart.stopped:
                return document
        return None if get_current_worker().is_cancelled else loading.parse(source, shown)

    def stop_parsing(self) -> None:
        """The other process's parse ended, not waited for (a quit, another document):
        the app's exit waits for its worker, which would wait for that process."""
        if (apart := self.apart) is not None:
            self.apart = None  # a document opened next is parsed here
            apart.stop()

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
