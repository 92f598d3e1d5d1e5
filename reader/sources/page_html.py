"""A saved web page, or one fetched by URL: extraction, then threading and quotes.

Recognised by its name (.html) or its first kilobyte (``looks_like_html``, the one
test). Markup spells characters as references (``&#27;``), so every string of the
article is cleaned as it is built. Threading keeps the reply tree the markup gives.
Its preview is the headline alone, found cheaply (extraction is the slow part).
"""

from __future__ import annotations

import html
import re

from reader.ingest.source import SourceText, is_url, looks_like_html
from reader.model import Article, Block, BlockKind, Document
from reader.model.clean import clean_strings, one_line
from reader.sources.finish import finished, first_frame


def is_html(source: SourceText) -> bool:
    return looks_like_html(source.name, source.text)


def parse(source: SourceText, refresh: bool = False) -> Document:
    from reader.analysis.threads import build_threads
    from reader.ingest.html_page import article_lines, parse_html
    from reader.ingest.lines import forget_lines

    article = clean_strings(parse_html(source))  # before threading and quotes read it
    forget_lines()
    build_threads(article)
    document = finished(article, source, "html", article_lines(article))
    return _with_feed(document, source, refresh) if is_url(source.name) else document


def _with_feed(document: Document, source: SourceText, refresh: bool) -> Document:
    """A blog post by URL: the comment feed it declares gives the exact tree (kept like
    the page, so it opens offline too)."""
    from reader.ingest.discussions import comment_feed
    from reader.ingest.discussions.article_page import with_comment_feed
    from reader.ingest.discussions.thread_cache import cached_getter

    found = with_comment_feed(document, source, cached_getter(comment_feed.SITE, refresh))
    if found is not document:
        found.warnings = document.warnings
        clean_strings(found)
    return found


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def preview(source: SourceText) -> Document:
    """The page's headline: the <h1> sharing most words with its <title>."""
    page = source.text
    title_match = _TITLE.search(page)
    title = _plain(title_match.group(1)) if title_match else ""
    longest = max(re.split(r"\s+[|–—-]\s+", title), key=len)  # not the " | Site" part
    title_words = set(longest.lower().split())
    heads = [h for h in (_plain(m.group(1)) for m in _H1.finditer(page)) if 0 < len(h) <= 300]
    best = max(heads, key=lambda h: len(title_words & set(h.lower().split())), default=None)
    headline = best or title or None
    article = Article(title=headline)
    if headline:
        article.blocks.append(Block("b1", BlockKind.TITLE, headline, []))
    return first_frame(article, source, "html")


def _plain(markup: str) -> str:
    return one_line(html.unescape(_TAG.sub(" ", markup)))  # "&#27;" spells an ESC
