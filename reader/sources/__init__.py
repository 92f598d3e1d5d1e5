"""From a name to a document: the one way in, for the command line, the app and --refresh.

- ``load_document(name, refresh)``: read, then parse (the command line)
- ``read_first(name, refresh)``: the same for the app, a big file's head first
- ``read_input(name, refresh)``: a file, "-" for standard input, an http(s) URL (fetched
  once, then from the cache; ``refresh`` fetches again), a name a kind claims, or None
  for the built-in demo; InputError with one line when it cannot be read
- ``preview(source)``: the first frame's document, quickly, nothing analysed (the app)
- ``parse_source(source, refresh, shown)``: the finished document (the app's worker;
  ``shown`` is given it first with its comments unthreaded, where the kind can)

What each kind of input is and does is one entry of ``kinds.KINDS``.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.ingest.source import SourceText, from_bytes, is_url, read_file, read_stdin
from reader.model import Document
from reader.sources.finish import Shown
from reader.sources.kinds import KINDS, Kind

__all__ = [
    "DEMO_NAME",
    "KINDS",
    "Kind",
    "demo_source",
    "is_url",
    "load_document",
    "parse_source",
    "preview",
    "read_first",
    "read_input",
]

DEMO_NAME = "demo"
Whole = Callable[[], SourceText]  # reads a big file's whole text, after its head is shown


def demo_source() -> SourceText:
    """The built-in demo article, shipped in the package."""
    from importlib import resources  # and tempfile, random through it: only for the demo

    data = resources.files("reader.demo").joinpath("demo_article.txt").read_bytes()
    return from_bytes(data, DEMO_NAME)


def read_input(name: str | None, refresh: bool = False) -> SourceText:
    if name is None:
        return demo_source()
    for kind in KINDS:
        if kind.read is not None and kind.claims(name):
            return kind.read(name, refresh)
    if name == "-":
        return read_stdin()
    if is_url(name):
        from reader.ingest.fetch import fetch_source  # http.client and ssl: only for URLs

        return fetch_source(name, refresh=refresh)
    return read_file(name)


def read_first(name: str | None, refresh: bool = False) -> tuple[SourceText, Whole | None]:
    """``read_input`` for the app: a big text file's head to paint first, and how to
    read the whole file (``head.head_and_whole``); None: the source is the whole."""
    if name is None or name == "-" or is_url(name) or any(k.claims(name) for k in KINDS):
        return read_input(name, refresh), None
    from reader.sources.head import head_and_whole

    return head_and_whole(name)


def parse_source(source: SourceText, refresh: bool = False, shown: Shown | None = None) -> Document:
    for kind in KINDS:
        if not kind.recognise(source):
            continue
        if shown is not None and kind.flat is not None and kind.thread is not None:
            flat = kind.flat(source)
            shown(flat)
            kind.thread(flat)
            return flat
        if (document := kind.parse(source, refresh)) is not None:
            return document
    raise AssertionError("the last kind takes any text")


def preview(source: SourceText) -> Document | None:
    for kind in KINDS:
        if kind.recognise(source) and (document := kind.preview(source)) is not None:
            return document
    return None


def load_document(name: str | None, refresh: bool = False) -> Document:
    source = read_input(name, refresh)
    source.owned = True  # read for this document alone: its text may go once split
    return parse_source(source, refresh)
