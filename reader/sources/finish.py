"""What every page's document gets once its article and comments are built: quotes and
speakers, and a word when the page held nothing to read."""

from __future__ import annotations

from collections.abc import Callable

from reader.ingest.source import SourceText
from reader.model import Article, Document

Shown = Callable[[Document], None]  # given a document before its comments are threaded

NOTHING_FOUND = "no text found in the page (is it drawn by scripts?)"


def finished(article: Article, source: SourceText, kind: str, line_count: int) -> Document:
    """The document of a page: quotes attributed in it and in the articles its comments
    paste; the source's warnings, and one more when nothing was found to read."""
    from reader.analysis.quotes import attribute

    attribute(article)
    for pasted in article.embedded():
        attribute(pasted)
    warnings = list(source.warnings)
    if not article.blocks and not article.comments:  # say so, rather than show nothing
        warnings.append(NOTHING_FOUND)
    return Document(
        article=article,
        input_name=source.name,
        line_count=line_count,
        encoding=source.encoding,
        source_kind=kind,
        warnings=warnings,
    )


def first_frame(article: Article, source: SourceText, kind: str) -> Document:
    """A preview's document: the article as far as it is built, nothing analysed."""
    return Document(
        article=article, input_name=source.name, encoding=source.encoding, source_kind=kind
    )
