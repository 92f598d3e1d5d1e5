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
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from reader.ingest.html_article_holders import article_holders

_ID = re.compile(r"^comment-\d+$")
_TAGS = frozenset({"li", "div", "article", "dt", "section"})
_PINGBACK = re.compile(r"\b(?:pingback|trackback)\b")
# The comment's text: "comment-content", "comment_text", a plugin's prefixed
# "xyz-comment-content", Drupal's "field-comment-body", the Thesis theme's "format_text".
_CONTENT = re.compile(
    r"(?:^|\s)(?:[\w-]*comment[-_]?(?:content|text)[\w-]*|field-comment-body|format_text)"
    r"(?:\s|$)"
)
# Most specific first: "fn" is the author's name, "comment-author" also holds "says:".
_AUTHORS = [
    re.compile(r"(?:^|\s)(?:fn|username|comment_author|[\w-]*author-(?:name|link))(?:\s|$)"),
    re.compile(r"(?:^|\s)(?:comment-author|author|name)(?:\s|$)"),
    re.compile(r"author"),  # "xyz-comment-author": the name, a dot and the date
]
_DATE = re.compile(r"(?:^|\s)(?:[\w-]*comment[-_]?(?:metadata|time|date)|date|time)(?:\s|$)")
_SKIP = re.compile(r"(?:^|[\s-])(?:reply|report|says|avatar)(?:[\s-]|$)")
_FORMS = frozenset({"form", "script", "style", "textarea", "noscript"})
_CANDIDATES = (
    "//*[starts-with(@id, 'comment-')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' comment ')]"
)
_TRACKBACK_LISTS = "//*[contains(@id, 'trackback') or contains(@id, 'pingback')]/li"


@dataclass(slots=True)
class MarkupComment:
    node: HtmlElement
    kind: str = "comment"
    author: str | None = None
    date_text: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    parent: int | None = None  # index into the page's list of comments
    wrapper: str | None = None  # what nests it: "ul.children", "div.indented"


def _classes(node: HtmlElement) -> str:
    return node.get("class") or ""


def _skipped(node: HtmlElement) -> bool:
    return node.tag in _FORMS or _SKIP.search(_classes(node)) is not None


def _text(node: HtmlElement) -> str:
    """The element's text without reply links, "says:" and scripts."""
    parts: list[str] = []

    def walk(element: HtmlElement) -> None:
        if element.text:
            parts.append(element.text)
        for child in element:
            if isinstance(child.tag, str) and not _skipped(child):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(node)
    return " ".join("".join(parts).split())


def _is_comment(node: HtmlElement) -> bool:
    if not isinstance(node.tag, str) or node.tag not in _TAGS:
        return False
    if _ID.match(node.get("id") or ""):
        return True
    return "comment" in _classes(node).split()


def _own(node: HtmlElement, nodes: set[HtmlElement]) -> list[HtmlElement]:
    """The elements under a comment, in order, without the comments nested in it."""
    result: list[HtmlElement] = []
    stack = list(node)[::-1]
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or element in nodes or _skipped(element):
            continue
        result.append(element)
        stack.extend(list(element)[::-1])
    return result


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
    comments = [_read(n, node_set) for n in nodes]
    for k, node in enumerate(nodes):
        comments[k].parent, comments[k].wrapper = _parent(node, index)
    comments.extend(
        MarkupComment(li, "pingback", paragraphs=[_text(li)])
        for li in root.xpath(_TRACKBACK_LISTS)
        if _text(li) and li not in node_set
    )
    return [c for c in comments if c.paragraphs or c.author]


def _in_form(node: HtmlElement) -> bool:
    return any(a.tag in _FORMS for a in node.iterancestors())


def _is_wrapper(node: HtmlElement, nodes: set[HtmlElement]) -> bool:
    """A comment node that only wraps another one (with no text of its own)."""
    inner = next((d for d in node.iterdescendants() if d in nodes), None)
    return inner is not None and inner.text_content().split() == node.text_content().split()


def _parent(node: HtmlElement, index: dict[HtmlElement, int]) -> tuple[int | None, str | None]:
    child = node
    for ancestor in node.iterancestors():
        if ancestor in index:
            classes = _classes(child).split()
            wrapper = f"{child.tag}.{classes[0]}" if child is not node and classes else child.tag
            return index[ancestor], wrapper
        if "indented" in _classes(ancestor).split():  # Drupal: replies follow their parent
            before = ancestor.getprevious()
            while before is not None and before not in index:
                before = before.getprevious()
            if before is not None:
                return index[before], "div.indented"
        child = ancestor
    return None, None


def _read(node: HtmlElement, nodes: set[HtmlElement]) -> MarkupComment:
    comment = MarkupComment(node)
    if _PINGBACK.search(_classes(node)):
        comment.kind = "pingback"
    own = _own(node, nodes)
    body = node.getnext() if node.tag == "dt" else None  # dt (author, date) + dd (text)
    if body is not None and body.tag == "dd":
        own += [e for e in body.iter() if isinstance(e.tag, str) and not _skipped(e)]
    comment.date_text = _date(own)
    for pattern in _AUTHORS:
        found = _first(own, pattern, lambda t: 0 < len(t) <= 120)
        if found and comment.date_text:
            found = found.replace(comment.date_text, "")
        found = found.strip(" ·|-–—,:") if found else None
        if found:
            comment.author = found
            break
    content = next((e for e in own if _CONTENT.search(_classes(e))), None)
    if content is not None:
        paragraphs = [e for e in own if e.tag == "p" and content in e.iterancestors()]
        comment.paragraphs = [t for t in map(_text, paragraphs or [content]) if t]
    elif comment.kind == "pingback":
        comment.paragraphs = [t for t in [_text(node)] if t]
    else:
        comment.paragraphs = [t for t in (_text(e) for e in own if e.tag == "p") if t]
    return comment


def _first(
    own: list[HtmlElement], pattern: re.Pattern[str], accept: Callable[[str], bool]
) -> str | None:
    for element in own:
        if pattern.search(_classes(element)):
            text = _text(element)
            if accept(text):
                return text
    return None


def _date(own: list[HtmlElement]) -> str | None:
    """A ``time`` element's text, or the date (and time) elements' text."""
    for element in own:
        if element.tag == "time" and _text(element):
            return _text(element)
    parts = [_text(e) for e in own if e.tag in ("li", "span") and _DATE.search(_classes(e))]
    if parts:
        return " ".join(p for p in parts if p) or None
    return _first(own, _DATE, lambda t: 0 < len(t) <= 60 and any(c.isdigit() for c in t))
