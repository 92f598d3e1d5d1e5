"""Reading the input before the UI starts, and a quick preview of a big page's article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ingest.source import SourceText, read_source

if TYPE_CHECKING:
    from reader.model import Document

PREVIEW_OVER = 200_000  # characters: above this, show the article before the comments
PREVIEW_LINES = 400  # the article of a copied page is nearly always in its first lines


def read(name: str | None) -> SourceText:
    """The source text (demo for None); raises InputError with a one-line message."""
    if name is None:
        from reader.pipeline import demo_source

        return demo_source()
    return read_source(name)


def preview(source: SourceText) -> SourceText | None:
    """The first lines of a big page, parsed first so its article paints at once."""
    if len(source.text) <= PREVIEW_OVER:
        return None
    head = "\n".join(source.text.split("\n", PREVIEW_LINES)[:PREVIEW_LINES])
    return SourceText(name=source.name, text=head, encoding=source.encoding)


def parse(source: SourceText) -> Document:
    """Parse and analyse; the parser is imported here, in the worker thread, not at start."""
    from reader.pipeline import parse_source

    return parse_source(source)
