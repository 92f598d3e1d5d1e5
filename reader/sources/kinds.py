"""The kinds of input reader reads, one entry each: how it is recognised, read, parsed
and previewed for the first frame.

A name (a file, "-", a URL) is read into source text (``reader.sources.read_input``),
unless a kind claims the name and reads it its own way (a discussion site's address,
through its API). What was read is then the first kind's that recognises it (a cheap
look at the text) and whose ``parse`` takes it (``None``: on a closer look, not one).
``parse`` gives the finished document: the article, its comments with their parents
(from the text's evidence, the page's markup, or the site's own tree) and the quotes.
``preview`` gives the first frame's document, quickly and without analysis.
``flat`` and ``thread`` (the app's, where a kind has them) parse as ``parse`` does in two
halves: the document before its comments are threaded (shown at once), then its
threading, in place.

A new kind is one ``Kind`` here and its functions in a module of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.ingest.source import SourceText
from reader.model import Document
from reader.sources import discussion, page_html, page_text


def _no_name(name: str) -> bool:
    return False


@dataclass(frozen=True, slots=True)
class Kind:
    name: str  # also the document's source_kind, for pages ("text", "html")
    recognise: Callable[[SourceText], bool]  # by what was read: a cheap look
    parse: Callable[[SourceText, bool], Document | None]  # (source, refresh); None: not one
    preview: Callable[[SourceText], Document | None]  # the first frame's; None: none quick
    claims: Callable[[str], bool] = _no_name  # by the name given, before reading
    read: Callable[[str, bool], SourceText] | None = None  # how a claimed name is read
    flat: Callable[[SourceText], Document] | None = None  # its comments not threaded yet
    thread: Callable[[Document], None] | None = None  # threads a flat document's comments


KINDS: tuple[Kind, ...] = (
    Kind(
        "discussion",
        discussion.may_be_one,
        discussion.parse,
        discussion.preview,
        discussion.claims,
        discussion.read,
    ),
    Kind("html", page_html.is_html, page_html.parse, page_html.preview),
    Kind(
        "text",
        page_text.is_text,
        page_text.parse,
        page_text.preview,
        flat=page_text.flat,
        thread=page_text.thread,
    ),
)
