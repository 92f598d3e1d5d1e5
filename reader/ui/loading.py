"""Reading the input before the UI starts, and what the first frame shows.

The full parse (threads, quotes, speakers) takes longer than Textual's start-up, and
importing the parsers alone costs a good part of it. A copied page's first frame is a
glance at its text (``reader.ingest.glance``: the first lines under a headline guessed
cheaply); the worker replaces it with the finished document, after showing the article
of a long page's first lines (``reader.sources.preview``). A web page or a saved thread
is previewed in a thread beside Textual's start (its headline, a thread's story).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from reader.ingest.glance import Glance
from reader.ingest.source import SourceText, looks_like_answer, looks_like_html

if TYPE_CHECKING:
    from reader.model import Document
    from reader.sources import Whole
    from reader.sources.apart import Apart
    from reader.sources.finish import Shown

PREVIEW_OVER = 100_000  # characters: a longer page shows its first lines' article first


def read(name: str | None, refresh: bool = False) -> SourceText:
    """The source text (demo for None); raises InputError with a one-line message."""
    from reader.sources import read_input

    return read_input(name, refresh)


def read_first(name: str | None, refresh: bool = False) -> tuple[SourceText, Whole | None]:
    """The source to paint first, and how to read the whole of a big file (after the
    first frame, in the worker); raises InputError with a one-line message."""
    from reader.sources import read_first

    return read_first(name, refresh)


def parse_apart(name: str) -> Apart | None:
    """A big file's parse begun in another process, beside the app's start (None: the
    worker parses it)."""
    from reader.sources.apart import start

    return start(name)


def plain_page(source: SourceText) -> bool:
    """A copied page's text, which a glance shows as it is: neither markup nor a saved
    answer (the kinds `reader.sources.KINDS` tries before the text's)."""
    return not looks_like_answer(source.text) and not looks_like_html(source.name, source.text)


def document_glance(document: Document) -> Glance:
    """The first frame of a quick preview (a web page's headline, a thread's story)."""
    from reader.ui.article_layout import HIDDEN_KINDS, layout

    article, parts = document.article, layout(document.article)
    shown = [b for b in parts.head + parts.body[: parts.first_screen()] if b.text != article.title]
    return Glance(article.title or "", tuple(b.text for b in shown if b.kind not in HIDDEN_KINDS))


def preview(source: SourceText) -> Document | None:
    """The article of the page's first lines, nothing analysed (a long page, first)."""
    from reader.sources import preview

    return preview(source)


class QuickStart:
    """Builds the preview in a thread from the start, alongside Textual's start-up."""

    def __init__(self, source: SourceText) -> None:
        self.source = source
        self.document: Document | None = None
        self.done = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        try:
            self.document = preview(self.source)
        except Exception:  # the full parse reports the problem
            self.document = None
        finally:
            self.done.set()

    def wait(self, timeout: float = 5) -> Document | None:
        self.done.wait(timeout)
        return self.document


def parse(source: SourceText, shown: Shown | None = None) -> Document:
    """Parse and analyse; the parsers are imported here, in the worker thread, not at start.
    ``shown``: given the document first, its comments not yet threaded (a copied page)."""
    from reader.sources import parse_source

    return parse_source(source, shown=shown)
