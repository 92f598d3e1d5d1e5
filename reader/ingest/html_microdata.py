"""What a page's microdata states about its article: ``itemprop="author"`` and
``itemprop="datePublished"`` of the article's item (not of the comments' items in it), else
of no item and no comment: a template may mark its byline and date with ``itemprop`` and
leave out the ``itemscope`` (``<span itemprop="datePublished" content="2024-05-02">May 2</span>``).
Such loose properties are the article's when they agree: one date (a list of teasers
each marked with its own is no one's), a few authors.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.ingest.html_byline import commenter
from reader.ingest.html_json_ld import ARTICLE

_OWN = ".//*[@itemprop='author' or @itemprop='datePublished']"
_LOOSE_AUTHORS = 3  # more authors marked outside any item are a list's (comments, teasers)


def microdata(root: HtmlElement) -> tuple[list[str], list[str]]:
    """(the authors' values, the dates' values) of the article's item, else of no item."""
    for item in root.xpath("//*[@itemscope and @itemtype]"):
        if ARTICLE.search(item.get("itemtype") or ""):
            return _values([n for n in item.xpath(_OWN) if _scope(n) is item])
    loose = [n for n in root.xpath(_OWN) if _scope(n) is None and not commenter(n)]
    authors, dates = _values(loose)  # a comment's own marks are the commenter's
    return (
        authors if len(set(authors)) <= _LOOSE_AUTHORS else [],
        dates if len(set(dates)) == 1 else [],
    )


def _scope(node: HtmlElement) -> HtmlElement | None:
    """The item a property belongs to: its nearest ancestor that opens one."""
    return next((a for a in node.iterancestors() if a.get("itemscope") is not None), None)


def _values(own: list[HtmlElement]) -> tuple[list[str], list[str]]:
    authors = [_value(n) for n in own if n.get("itemprop") == "author"]
    return authors, [_value(n) for n in own if n.get("itemprop") == "datePublished"]


def _value(node: HtmlElement) -> str:
    named = node.xpath(".//*[@itemprop='name']")
    node = named[0] if named else node
    return node.get("content") or node.get("datetime") or " ".join(node.itertext())
