"""Comment-classed elements that hold the article: they are no comments.

A theme may give the article's own wrapper a class ``comment`` (or an id ``comment-N``).
Read as a comment, it would take the headline and the body out of the article (and be
dropped from the tree extraction reads). An element that holds an ``h1``, or whose own
prose (without the comments nested in it) is more than the page's prose outside it,
holds the article; so does every comment-classed element around it. One that comes
after the headline (the first ``h1`` that is no link home) is a comment whatever its
length: a reader's long comment under a short article.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from reader.ingest.html_text import SKIP, links_home


def article_holders(root: HtmlElement, candidates: set[HtmlElement]) -> set[HtmlElement]:
    """The candidates that hold the page's headline or most of its prose."""
    page = _own_words(root, set())
    held = {c for c in candidates if _own_words(c, candidates) * 2 > page}
    held -= _after_headline(root, held) if held else set()  # a long comment
    held.update(c for h1 in root.iter("h1") for c in h1.iterancestors() if c in candidates)
    for node in list(held):
        held.update(c for c in node.iterancestors() if c in candidates)
    return held


def _after_headline(root: HtmlElement, candidates: set[HtmlElement]) -> set[HtmlElement]:
    """The candidates after the first h1 that is no masthead (a link home), in one pass."""
    after: set[HtmlElement] = set()
    seen = False
    for element in root.iter():
        if element.tag == "h1" and not seen:
            seen = not links_home(element)
        elif seen and element in candidates:
            after.add(element)
    return after


def _own_words(node: HtmlElement, nested: set[HtmlElement]) -> int:
    """The words of the element's text, without scripts and the ``nested`` elements in it:
    each element is read once over all candidates, so a page of many comments stays linear."""
    words = len((node.text or "").split())
    stack = list(node)
    while stack:
        element = stack.pop()
        words += len((element.tail or "").split())
        if isinstance(element.tag, str) and element.tag not in SKIP and element not in nested:
            words += len((element.text or "").split())
            stack.extend(element)
    return words
