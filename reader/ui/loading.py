"""Reading the input before the UI starts, and a quick first version of the article.

The full parse (threads, quotes, speakers) takes longer than Textual's start-up, so
a thread first builds the source's preview (``reader.sources.preview``: the article of
a page's first lines, a web page's headline, a thread's story) to paint at once; the
worker then replaces it with the finished document.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from reader.ingest.source import SourceText

if TYPE_CHECKING:
    from reader.model import Document
    from reader.sources import Whole


def read(name: str | None, refresh: bool = False) -> SourceText:
    """The source text (demo for None); raises InputError with a one-line message."""
    from reader.sources import read_input

    return read_input(name, refresh)


def read_first(name: str | None, refresh: bool = False) -> tuple[SourceText, Whole | None]:
    """The source to paint first, and how to read the whole of a big file (after the
    first frame, in the worker); raises InputError with a one-line message."""
    from reader.sources import read_first

    return read_first(name, refresh)


class QuickStart:
    """Builds the preview in a thread from the start, alongside Textual's start-up."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.document: Document | None = None
        self.done = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        from reader.sources import preview

        try:
            self.document = preview(self.source)
        except Exception:  # the full parse reports the problem
            self.document = None
        finally:
            self.done.set()

    def wait(self, timeout: float = 5) -> Document | None:
        self.done.wait(timeout)
        return self.document


def parse(source: SourceText) -> Document:
    """Parse and analyse; the parsers are imported here, in the worker thread, not at start."""
    from reader.sources import parse_source

    return parse_source(source)
