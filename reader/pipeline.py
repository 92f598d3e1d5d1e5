"""From an input name to a finished document: read, parse, analyse."""

from __future__ import annotations

from importlib import resources

from reader.analysis.attribution import attribute
from reader.analysis.threads import build_threads
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText, from_bytes, read_source
from reader.model import Document

DEMO_NAME = "demo"


def demo_source() -> SourceText:
    """The built-in demo article, shipped in the package."""
    data = resources.files("reader.demo").joinpath("demo_article.txt").read_bytes()
    return from_bytes(data, DEMO_NAME)


def parse_source(source: SourceText) -> Document:
    article = parse_page(source)
    build_threads(article)
    attribute(article)
    for pasted in article.embedded():
        attribute(pasted)
    return Document(
        article=article,
        input_name=source.name,
        line_count=source.text.count("\n") + 1,
        encoding=source.encoding,
    )


def load_document(name: str | None) -> Document:
    """Parse a file ("-" for standard input; None for the demo article)."""
    source = demo_source() if name is None else read_source(name)
    return parse_source(source)
