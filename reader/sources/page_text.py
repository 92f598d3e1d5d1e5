"""A page copied as text: the text parser, then threading and quotes.

Recognised last, by elimination: what is neither a discussion site's answer nor HTML
is a copied page. Its preview is the article of its first lines (the article of a copy
is nearly always there), parsed without threads or quotes.
"""

from __future__ import annotations

from reader.ingest.source import SourceText
from reader.model import Article, Document
from reader.sources.finish import finished, first_frame

PREVIEW_OVER = 200_000  # characters: above this, the preview reads only the head
PREVIEW_LINES = 400


def is_text(source: SourceText) -> bool:
    return True


def parse(source: SourceText, refresh: bool = False) -> Document:
    from reader.analysis.threads import build_threads

    line_count = source.text.count("\n") + 1  # counted first: an owned source's text goes
    article = _parsed(source)
    build_threads(article)
    return finished(article, source, "text", line_count)


def flat(source: SourceText) -> Document:
    """``parse`` but for the threading: the document shown before its comments are
    threaded (a big page's threading takes longer than its parse), which ``thread``
    then finishes in place: the comments get their parents, evidence and quote blocks.
    The quotes read the article's blocks and threading the comments, so either may come
    first."""
    article = _parsed(source)
    return finished(article, source, "text", source.text.count("\n") + 1)


def thread(document: Document) -> None:
    from reader.analysis.threads import build_threads

    build_threads(document.article)


def _parsed(source: SourceText) -> Article:
    from reader.ingest.lines import forget_lines
    from reader.ingest.page import parse_page

    article = parse_page(source)
    forget_lines()  # the line tests' answers: a page's worth, no longer asked for
    return article


def preview(source: SourceText) -> Document:
    from reader.ingest.page import parse_page

    head = source
    if len(source.text) > PREVIEW_OVER:
        text = "\n".join(source.text.split("\n", PREVIEW_LINES)[:PREVIEW_LINES])
        head = SourceText(name=source.name, text=text, encoding=source.encoding)
    return first_frame(parse_page(head), source, "text")
