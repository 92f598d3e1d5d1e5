"""Reading the input before the UI starts, and a quick preview of a big page's article."""

from __future__ import annotations

from reader.ingest.source import SourceText, read_source
from reader.model import Document
from reader.pipeline import demo_source, parse_source

PREVIEW_OVER = 200_000  # characters: above this, show the article before the comments
PREVIEW_LINES = 400  # the article of a copied page is nearly always in its first lines


def read(name: str | None) -> SourceText:
    """The source text (demo for None); raises InputError with a one-line message."""
    return demo_source() if name is None else read_source(name)


def preview(source: SourceText) -> SourceText | None:
    """The first lines of a big page, parsed first so its article paints at once."""
    if len(source.text) <= PREVIEW_OVER:
        return None
    head = "\n".join(source.text.split("\n", PREVIEW_LINES)[:PREVIEW_LINES])
    return SourceText(name=source.name, text=head, encoding=source.encoding)


def parse(source: SourceText) -> Document:
    return parse_source(source)
