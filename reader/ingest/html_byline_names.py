"""The names a byline's line gives: "By …" in any of its pieces, people not roles.

A line may hold more than the byline: pieces apart by ``|``, ``·`` or a spaced dash are
read one by one ("Food | By Ann Lee | May 2, 2024"). Only people's names count ("Ada
Moss Staff Writer" is Ada Moss; "Senior Contributor" is no one); one name alone may
be a person's or a handle ("Lars", "oz"), not a label ("Staff").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from lxml.html import HtmlElement

from reader.ingest.html_text import text_of
from reader.ingest.lines import author_name, byline_names, name_list

_PIECES = re.compile(r"\s+[|·•]\s+|\s+[-–—]+\s+|\s*\|\s*")
_LONE_NAME = re.compile(r"^[A-ZÀ-Þa-z][a-zß-ÿ'’-]{1,30}$")
# Around a list of linked names ("|" a name): "By" before, "and", "," or "&" between, or
# nothing (links side by side).
_GLUE = re.compile(r"(?i)\A\s*(?:by\s*:?)?\s*\|(?:\s*(?:,|&|and|,\s*and)?\s*\|)*\s*\Z")
_NOT_NAMES = frozenset(
    {"admin", "author", "authors", "staff", "editor", "guest", "anonymous", "by"}
)


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


def names_in(line: str, bare: bool) -> list[str]:
    """The line's byline names; with ``bare``, names shown without "By" ("Ann Lee and Bo
    Park" in an element marked as a byline)."""
    names = people(byline_pieces(line))
    return names or (people(name_list(line) or [], lone=False) if bare else [])


def first(lines: list[str], names_of: Callable[[str], list[str]]) -> tuple[str, list[str]] | None:
    """The first line that gives names, and its names."""
    return next(((line, names) for line in lines if (names := names_of(line))), None)


def linked_names(node: HtmlElement, names: list[str]) -> list[str]:
    """A byline's names each a link of their own to a page of its own ("By <a>Ann
    Lee</a>, <a>Dmitri Voss</a>", an author's ``rel="author"`` links), with nothing
    between them but "and", a comma, an ampersand or nothing at all, and before them at
    most "By": every link is a person, whatever the words take for an outlet after a name; else
    ``names``. A ``rel="author"`` link whose parent holds another such link reads the
    parent's such links, whatever stands between them ("Words: <a rel=author>Ann Lee</a>,
    <a rel=author>Bo Park</a> / Photos: Cy Moss"): the markup says who wrote it. Names
    set each in an element of one template (``<span class="byline__name">``, a CMS's
    record of each author), the node one of them or holding them, read as links do."""
    parent = node.getparent()
    if parent is not None and _author_link(node) and sum(map(_author_link, parent)) > 1:
        marked = [author_name(text_of(a)) for a in parent if _author_link(a)]
        found = list(dict.fromkeys(n for n in marked if n))
        return found if len(found) > len(names) else names
    if parent is not None and node in _repeated(parent):
        node = parent  # one of the names set each in an element of one template
    links = {a.get("href"): text_of(a) for a in node.iter("a") if text_of(a)}
    linked = list(links.values()) or _template_names(node)
    rest = text_of(node)
    for text in linked:
        rest = rest.replace(text, " | ", 1)
    if len(linked) <= len(names) or not _GLUE.match(rest):
        return names
    found = [n for text in linked if (n := author_name(text))]
    return found if len(found) == len(linked) else names


def listed_names(node: HtmlElement) -> list[str]:
    """The names of a list of authors (``<ul class="authors">``), each item opening with
    one (a card's name before its role, bio or portrait's words); none unless every item
    does."""
    items = node.findall("li") if node.tag in ("ul", "ol") else []
    firsts = (next((t.strip() for t in item.itertext() if t.strip()), "") for item in items)
    names = [author_name(text) for text in firsts]
    return [n for n in names if n] if names and all(names) else []


def _made(node: HtmlElement) -> tuple[str, tuple[tuple[str, str], ...]]:
    kept = ((str(k), v) for k, v in node.attrib.items() if k not in ("id", "href", "src"))
    return str(node.tag), tuple(sorted(kept))


def _template_names(node: HtmlElement) -> list[str]:
    """The texts of the node's children of one template when each is a name as it
    stands (not a card's name and role run together)."""
    texts = [text_of(e) for e in _repeated(node)]
    return texts if all(author_name(text) == text for text in texts) else []


def _repeated(node: HtmlElement) -> list[HtmlElement]:
    """The node's children made from one template (a tag and attributes, but for ids and
    addresses, that two or more share): a CMS renders each author's record with one."""
    children = list(node)
    made = [_made(e) for e in children]
    shared = Counter(made)  # not made.count: a body's parent may hold thousands
    return [e for e, m in zip(children, made, strict=True) if shared[m] > 1 and m[1]]


def _author_link(node: HtmlElement) -> bool:
    return node.tag == "a" and "author" in (node.get("rel") or "")
