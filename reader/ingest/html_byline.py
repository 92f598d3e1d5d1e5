"""The byline a page shows: the element its markup names as one, else a "By …" under the h1.

An element whose class, ``rel``, ``itemprop`` or a data attribute says byline or author,
outside the comments, gives the names in its lines (``html_byline_names``: "Food | By Ann Lee | May
2, 2024"). A marked element may give its names without "By" ("Ann Lee and Bo Park"), or
one name alone that the markup calls a name ("Lars" linking to "/author/lars/",
"Reuters, " before the place), but a "By …" in any marked element comes first ("Sign
Out" in a byline box is no name); one in a comment or a list of recent comments names a
commenter.
With no marked element, a short element soon after the headline (an ``h1``, or the
``h2`` a stated title names) whose piece begins with "By", "Posted by" or "Author:" is
the byline; else such an element further on in the headline's ``article`` or ``main``
(a footer's "Author: Ann Lee"). Never one in an aside, a menu or another article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from itertools import takewhile

from lxml.html import HtmlElement

from reader.ingest.html_byline_names import (
    byline_pieces,
    first,
    linked_names,
    listed_names,
    lone_name,
    names_in,
    people,
)
from reader.ingest.html_headings import headlines
from reader.ingest.html_text import lines_of, text_of

# What markup calls the byline or an author (a CMS's people who write are its authors or
# contributors), in a class, ``rel``, ``itemprop`` or data attribute (one pass over the
# attributes: a page has thousands)
_MARKED = (
    "//*[contains(@class, 'yline') or contains(@class, 'uthor') or contains(@class, 'ontributor')"
    " or contains(@rel, 'author') or contains(@itemprop, 'author')"
    " or @*[starts-with(name(), 'data-') and (contains(., 'uthor') or contains(., 'yline')"
    " or contains(., 'ontributor'))]]"
)
_MARKS = re.compile(r"byline|author|contributor", re.IGNORECASE)
_COMMENTS = re.compile(r"comment", re.IGNORECASE)
_SKIP = frozenset({"script", "style", "template"})
ASIDES = frozenset({"aside", "nav", "article", "form"})  # in an article's box: not its own
_TRAILING = ",;:|·-–— "
_LABELLED = re.compile(r"^(?:(?:posted|written)\s+)?by\b|^authors?\s*:", re.IGNORECASE)
LOOK_AHEAD = 40  # elements after an h1 where its byline may stand
MAX_CHARS = 150


def _named_by_markup(node: HtmlElement, name: str) -> bool:
    """A name alone that the markup calls one: an hCard ``fn``, or the name in the address
    of the author's page it links to ("/author/lars/"), not a "Biography" link."""
    near = [*node.iter(), *node.iterancestors()]
    if any("fn" in (e.get("class") or "").split() for e in near):
        return True
    links = (e.get("href") or "" for e in near if e.tag == "a")
    return any(name.lower() in href.lower() for href in links)


def find_byline(
    root: HtmlElement, inside: set[HtmlElement], titles: set[str] | None = None
) -> tuple[str, list[str]] | None:
    """(the byline's line, its names), or None when the page shows none. ``titles``: the
    titles the page states (comparable), to know its headline when it is no ``h1``."""
    marked = list(_marked(root, inside))
    for node, _, lines in marked:  # a "By …" in any marked element first
        labelled = (line for line in lines if _LABELLED.match(line))
        if found := first(list(labelled), lambda line: people(byline_pieces(line))):
            return found[0], linked_names(node, found[1])
    for node, bare, lines in marked:
        if found := first(lines, partial(names_in, bare=bare)):
            return found[0], linked_names(node, found[1])
        if len(names := linked_names(node, [])) > 1 or (names := listed_names(node)):
            return lines[0], names
        alone = lines[-1].rstrip(_TRAILING)  # "Reuters, " before the place
        if lone_name(alone) and _named_by_markup(node, alone):
            return alone, [alone]
    if found := _under_headline(root, inside, titles or set()):
        return found
    for node, _, lines in marked:  # last, a person's name all that a marked element says
        if people([alone := lines[-1].rstrip(_TRAILING)], lone=False) == [alone]:
            return alone, linked_names(node, [alone])
    return None


def _marked(
    root: HtmlElement, inside: set[HtmlElement]
) -> Iterator[tuple[HtmlElement, bool, list[str]]]:
    """The elements marked as a byline or an author's: whether a byline's (its names may
    stand without "By"), the lines they show, then all their text on one line."""
    for node in root.xpath(_MARKED):
        if node in inside or node.tag in _SKIP:
            continue
        marks = marks_of(node)
        text = text_of(node)
        if _MARKS.search(marks) and text and len(text) <= MAX_CHARS and not commenter(node):
            yield node, "byline" in marks.lower(), [*lines_of(node), text]


def marks_of(node: HtmlElement) -> str:
    """What the markup calls the element: its class, ``rel``, ``itemprop`` and data
    attributes' values (a theme built of components marks its parts with
    ``data-testid="author-name"``, not a class)."""
    data = (v for k, v in node.attrib.items() if str(k).startswith("data-"))
    return " ".join([*(node.get(k) or "" for k in ("class", "rel", "itemprop")), *data])


def commenter(node: HtmlElement) -> bool:
    """A comment's author ("comment-author"), in a list of comments or recent comments."""
    return any(
        _COMMENTS.search(a.get("class") or "")
        for a in (node, *node.iterancestors())
        if a.tag not in ("body", "html")
    )


def _under_headline(
    root: HtmlElement, inside: set[HtmlElement], titles: set[str]
) -> tuple[str, list[str]] | None:
    """A "By …" soon after a headline; else one the container (``article`` or ``main``)
    of the first headline in one shows after it (a footer's "Author: Ann Lee"). Never one
    in a teaser, a menu or an aside."""
    heads = headlines(root, titles)
    for heading in heads:
        for node in heading.xpath(f"following::*[position() <= {LOOK_AHEAD}]"):
            if not in_aside(node, heading) and (found := _byline_in(node, inside)):
                return found
    boxed = (
        (h, box)
        for h in heads
        if (box := next(h.iterancestors("article", "main"), None)) is not None
    )
    heading, box = next(boxed, (None, None))  # not a masthead's h1 in the menu
    for node in heading.xpath("following::*") if heading is not None else []:
        if box not in node.iterancestors():
            break  # past the article's container
        if not in_aside(node, heading) and (found := _byline_in(node, inside)):
            return found
    return None


def in_aside(node: HtmlElement, heading: HtmlElement) -> bool:
    """In an aside, a menu, a form or another article than the heading's."""
    return any(a.tag in ASIDES for a in boxes_apart(node, heading))


def boxes_apart(node: HtmlElement, heading: HtmlElement) -> list[HtmlElement]:
    """The node and the boxes holding it that do not hold the heading."""
    shared = set(heading.iterancestors())
    return [node, *takewhile(lambda a: a not in shared, node.iterancestors())]


def _byline_in(node: HtmlElement, inside: set[HtmlElement]) -> tuple[str, list[str]] | None:
    if node in inside or node.tag in _SKIP or len(node) > 6:
        return None
    text = text_of(node)
    if not text or len(text) > MAX_CHARS:
        return None
    return next(
        ((line, n) for line in [*lines_of(node), text] if (n := people(byline_pieces(line)))),
        None,
    )
