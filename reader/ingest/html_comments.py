"""Comments out of a page's markup: who wrote each, when, and which one it answers.

Comment systems mark each comment with an id ``comment-N`` or the class ``comment``
(WordPress ``ol.commentlist > li.comment`` with replies in ``ul.children``, themes
with ``article.comment``, Drupal ``div.comment`` with replies in the ``div.indented``
after the comment they answer, ``dt.comment`` + ``dd`` lists). A reply sits inside
the comment it answers, or in an ``indented`` wrapper right after it: that nesting is
the page's own reply tree, recorded as evidence of kind ``markup``.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.ingest.html_article_holders import article_holders
from reader.ingest.html_comment_read import (
    FORMS,
    MarkupComment,
    classes,
    comment_text,
    read_comment,
)

_ID = re.compile(r"^comment-\d+$")
_TAGS = frozenset({"li", "div", "article", "dt", "section"})
_CANDIDATES = (
    "//*[starts-with(@id, 'comment-')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' comment ')]"
)
_TRACKBACK_LISTS = "//*[contains(@id, 'trackback') or contains(@id, 'pingback')]/li"


def _is_comment(node: HtmlElement) -> bool:
    if not isinstance(node.tag, str) or node.tag not in _TAGS:
        return False
    if _ID.match(node.get("id") or ""):
        return True
    return "comment" in classes(node).split()


def find_comments(root: HtmlElement) -> list[MarkupComment]:
    """The page's comments in page order, with the parents their nesting gives."""
    nodes = [n for n in root.xpath(_CANDIDATES) if _is_comment(n) and not _in_form(n)]
    candidates = set(nodes)  # once, not once a node: a page of 90,000 comments
    holders = article_holders(root, candidates)
    nodes = [n for n in nodes if n not in holders]
    candidates -= holders
    nodes = [n for n in nodes if not _is_wrapper(n, candidates)]
    node_set = set(nodes)
    index = {n: k for k, n in enumerate(nodes)}
    comments = [read_comment(n, node_set) for n in nodes]
    for k, node in enumerate(nodes):
        comments[k].parent, comments[k].wrapper = _parent(node, index)
    comments.extend(
        MarkupComment(li, "pingback", paragraphs=[comment_text(li)])
        for li in root.xpath(_TRACKBACK_LISTS)
        if comment_text(li) and li not in node_set
    )
    return [c for c in comments if c.paragraphs]  # a list item of name and date alone: a teaser


def _in_form(node: HtmlElement) -> bool:
    return any(a.tag in FORMS for a in node.iterancestors())


def _is_wrapper(node: HtmlElement, nodes: set[HtmlElement]) -> bool:
    """A comment node that only wraps another one (with no text of its own)."""
    inner = next((d for d in node.iterdescendants() if d in nodes), None)
    return inner is not None and inner.text_content().split() == node.text_content().split()


def _parent(node: HtmlElement, index: dict[HtmlElement, int]) -> tuple[int | None, str | None]:
    child = node
    for ancestor in node.iterancestors():
        if ancestor in index:
            names = classes(child).split()
            wrapper = f"{child.tag}.{names[0]}" if child is not node and names else child.tag
            return index[ancestor], wrapper
        if "indented" in classes(ancestor).split():  # Drupal: replies follow their parent
            before = ancestor.getprevious()
            while before is not None and before not in index:
                before = before.getprevious()
            if before is not None:
                return index[before], "div.indented"
        child = ancestor
    return None, None
