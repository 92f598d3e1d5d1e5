"""The byline a page shows: the element its markup names as one, else a "By …" under the h1.

An element whose class, ``rel`` or ``itemprop`` says byline or author, outside the
comments, gives the names in its text. Its text may hold more than the byline:
pieces apart by ``|``, ``·`` or a spaced dash are read one by one ("Food | By Ann Lee
| May 2, 2024", "Posted by Ann Lee and Bo Park - Platform team"). A marked element
may give its names without "By" ("Ann Lee and Bo Park"), or one name alone that the
markup calls a name ("Lars" linking to "/author/lars/"); one in a comment or a list of
recent comments names a commenter. Only people's names count ("Senior Contributor",
"Biography" are passed over).
With no marked element, a short element soon after an ``h1`` whose piece begins with
"By" or "Posted by" is the byline.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.ingest.html_text import lines_of, text_of
from reader.ingest.lines import author_name, byline_names, name_list

_MARKED = (
    "//*[contains(@class, 'yline') or contains(@class, 'uthor') or contains(@rel, 'author')"
    " or contains(@itemprop, 'author')]"
)
_MARKS = re.compile(r"byline|author", re.IGNORECASE)
_COMMENTS = re.compile(r"comment", re.IGNORECASE)
_PIECES = re.compile(r"\s+[|·•]\s+|\s+[-–—]+\s+|\s*\|\s*")
_LONE_NAME = re.compile(r"^[A-ZÀ-Þa-z][a-zß-ÿ'’-]{1,30}$")
_NOT_NAMES = frozenset(
    {"admin", "author", "authors", "staff", "editor", "guest", "anonymous", "by"}
)
_SKIP = frozenset({"script", "style", "template"})
LOOK_AHEAD = 40  # elements after an h1 where its byline may stand
MAX_CHARS = 150


def byline_pieces(line: str) -> list[str]:
    """The names of the line, or of its first piece that is a byline."""
    for piece in [line, *_PIECES.split(line)]:
        if names := byline_names(piece):
            return names
    return []


def lone_name(name: str) -> bool:
    """One word that can be a person's name or handle: "Lars", "oz", not "Staff"."""
    return _LONE_NAME.match(name) is not None and name.lower() not in _NOT_NAMES


def people(names: list[str], lone: bool = True) -> list[str]:
    """The names that are people's names, cleaned of a role stuck to them ("Ada Moss
    Staff Writer"); with ``lone``, one name alone too ("By Lars")."""
    return [
        person
        for name in names
        if (person := author_name(name) or (name if lone and lone_name(name) else None))
    ]


def _named_by_markup(node: HtmlElement, name: str) -> bool:
    """A name alone that the markup calls one: an hCard ``fn``, or the name in the address
    of the author's page it links to ("/author/lars/"), not a "Biography" link."""
    near = [*node.iter(), *node.iterancestors()]
    if any("fn" in (e.get("class") or "").split() for e in near):
        return True
    links = (e.get("href") or "" for e in near if e.tag == "a")
    return any(name.lower() in href.lower() for href in links)


def find_byline(root: HtmlElement, inside: set[HtmlElement]) -> tuple[str, list[str]] | None:
    """(the byline's line, its names), or None when the page shows none."""
    for node in root.xpath(_MARKED):
        if node in inside or node.tag in _SKIP:
            continue
        marks = f"{node.get('class') or ''} {node.get('rel') or ''} {node.get('itemprop') or ''}"
        text = text_of(node)
        if not _MARKS.search(marks) or not text or len(text) > MAX_CHARS or _commenter(node):
            continue
        for line in [*lines_of(node), text]:  # each line the page shows, then all of it
            names = people(byline_pieces(line))
            if not names and "byline" in marks.lower():
                names = people(name_list(line) or [], lone=False)
            if names:
                return line, names
        if lone_name(text) and _named_by_markup(node, text):
            return text, [text]
    return _under_headline(root, inside)


def _commenter(node: HtmlElement) -> bool:
    """A comment's author ("comment-author"), in a list of comments or recent comments."""
    return any(
        _COMMENTS.search(a.get("class") or "")
        for a in (node, *node.iterancestors())
        if a.tag not in ("body", "html")
    )


def _under_headline(root: HtmlElement, inside: set[HtmlElement]) -> tuple[str, list[str]] | None:
    for h1 in root.iter("h1"):
        for node in h1.xpath(f"following::*[position() <= {LOOK_AHEAD}]"):
            if node in inside or node.tag in _SKIP or len(node) > 6:
                continue
            text = text_of(node)
            if not text or len(text) > MAX_CHARS:
                continue
            for line in [*lines_of(node), text]:
                if names := people(byline_pieces(line)):
                    return line, names
    return None
