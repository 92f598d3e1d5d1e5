"""One comment read out of its element: its author (the element classed as the name),
its date (a ``time``, or elements classed as dates), and its paragraphs (those of the
element classed as its content, else its own), without reply links, "says:" or scripts;
the comments nested in it are not its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml.html import HtmlElement

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
FORMS = frozenset({"form", "script", "style", "textarea", "noscript"})


@dataclass(slots=True)
class MarkupComment:
    node: HtmlElement
    kind: str = "comment"
    author: str | None = None
    date_text: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    parent: int | None = None  # index into the page's list of comments
    wrapper: str | None = None  # what nests it: "ul.children", "div.indented"


def classes(node: HtmlElement) -> str:
    return node.get("class") or ""


def _skipped(node: HtmlElement) -> bool:
    return node.tag in FORMS or _SKIP.search(classes(node)) is not None


def comment_text(node: HtmlElement) -> str:
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


def read_comment(node: HtmlElement, nodes: set[HtmlElement]) -> MarkupComment:
    comment = MarkupComment(node)
    if _PINGBACK.search(classes(node)):
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
    content = next((e for e in own if _CONTENT.search(classes(e))), None)
    if content is not None:
        paragraphs = [e for e in own if e.tag == "p" and content in e.iterancestors()]
        comment.paragraphs = [t for t in map(comment_text, paragraphs or [content]) if t]
    elif comment.kind == "pingback":
        comment.paragraphs = [t for t in [comment_text(node)] if t]
    else:
        comment.paragraphs = [t for t in (comment_text(e) for e in own if e.tag == "p") if t]
    return comment


def _first(
    own: list[HtmlElement], pattern: re.Pattern[str], accept: Callable[[str], bool]
) -> str | None:
    for element in own:
        if pattern.search(classes(element)):
            text = comment_text(element)
            if accept(text):
                return text
    return None


def _date(own: list[HtmlElement]) -> str | None:
    """A ``time`` element's text, or the date (and time) elements' text."""
    for element in own:
        if element.tag == "time" and comment_text(element):
            return comment_text(element)
    parts = [comment_text(e) for e in own if e.tag in ("li", "span") and _DATE.search(classes(e))]
    if parts:
        return " ".join(p for p in parts if p) or None
    return _first(own, _DATE, lambda t: 0 < len(t) <= 60 and any(c.isdigit() for c in t))
