"""From an input name to a finished document: read, parse, analyse."""

from __future__ import annotations

from importlib import resources

from reader.analysis.quotes import attribute
from reader.analysis.threads import build_threads
from reader.ingest.discussions.saved import may_be_saved
from reader.ingest.lines import forget_lines
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText, from_bytes, looks_like_html, read_source
from reader.model import Document
from reader.model.clean import clean_strings

DEMO_NAME = "demo"


def demo_source() -> SourceText:
    """The built-in demo article, shipped in the package."""
    data = resources.files("reader.demo").joinpath("demo_article.txt").read_bytes()
    return from_bytes(data, DEMO_NAME)


def is_html(source: SourceText) -> bool:
    return looks_like_html(source.name, source.text)


def parse_source(source: SourceText) -> Document:
    if may_be_saved(source.text):  # perhaps a discussion site's answer
        from reader.ingest.discussions.article_page import open_thread
        from reader.ingest.discussions.saved import saved_thread

        thread = saved_thread(source)
        if thread is not None:  # the tree is the site's: no threading, quotes as for any
            document = clean_strings(open_thread(thread, source.name))  # JSON spells \u001b
            document.encoding, document.warnings = source.encoding, list(source.warnings)
            attribute(document.article)
            return document
    if is_html(source):  # HTML files and pages: extracted, comments from the markup
        from reader.ingest.html_page import article_lines, parse_html
        from reader.ingest.html_threads import keep_markup_threads

        # Markup spells characters as references (&#27;): every string is cleaned as
        # built, before threading and quotes read it. Text was cleaned whole as read.
        article = clean_strings(parse_html(source))
        forget_lines()  # the line tests' answers: a page's worth, no longer asked for
        keep_markup_threads(article, build_threads)
        line_count = article_lines(article)
    else:
        article = parse_page(source)
        forget_lines()
        build_threads(article)
        line_count = source.text.count("\n") + 1
    attribute(article)
    for pasted in article.embedded():
        attribute(pasted)
    warnings = list(source.warnings)
    if not article.blocks and not article.comments:  # say so, rather than show nothing
        warnings.append("no text found in the page (is it drawn by scripts?)")
    return Document(
        article=article,
        input_name=source.name,
        line_count=line_count,
        encoding=source.encoding,
        source_kind="html" if is_html(source) else "text",
        warnings=warnings,
    )


def read_input(name: str | None, refresh: bool = False) -> SourceText:
    """A file, "-" for standard input, an http(s) URL (cached), or None for the demo."""
    if name is None:
        return demo_source()
    from reader.ingest.fetch import fetch_source, is_url

    if is_url(name):
        return fetch_source(name, refresh=refresh)
    return read_source(name)


def load_document(name: str | None, refresh: bool = False) -> Document:
    """Parse a file ("-" for standard input; a URL; None for the demo article)."""
    return parse_source(read_input(name, refresh))
