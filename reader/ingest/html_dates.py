"""The date a page shows for its article: the first one soon after the headline.

Under the headline, in the byline's box or opening the first paragraph (before the
body's second paragraph: a date after it is a teaser's), a page shows when the article
was published (what an element shows as a date: ``html_date_lines``); a blog may show it
just over the headline instead (a date header above the post's title), when it agrees with
a date the page states (its data's, its address's) or the page states none: one that
contradicts them is the site's "today" bar over every page. An update's date
("Updated May 3, 2024", a ``<time class="updated">``) counts only when no publication
date follows it; one in an aside, a menu, another article or the comments is not the
article's.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from lxml.html import HtmlElement

from reader.ingest.dates import iso_date
from reader.ingest.html_byline import ASIDES, LOOK_AHEAD, boxes_apart, in_aside
from reader.ingest.html_date_foot import published_below
from reader.ingest.html_date_lines import (
    date_in,
    elements,
    is_update,
    text_before,
)
from reader.ingest.html_pieces import PROSE_WORDS
from reader.ingest.html_text import SKIP, text_of
from reader.ingest.lines import is_byline
from reader.ingest.published_parts import DATING_WORDS
from reader.ingest.text_shape import word_count

_DATING_BEFORE = re.compile(rf"\b(?:{DATING_WORDS})\b\W*$", re.IGNORECASE)  # "Posted DATE in …"
_MAX_CHILDREN = 6  # an element with more holds more than a date
_BODY_BEGUN = 2  # the second prose paragraph is the body's: a date after it is a teaser's
_BEFORE = 8  # elements before the headline where a date over it may stand
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_APART = ASIDES | {"header", "footer"}  # another box, the masthead, the page's footer
_ITEM_DEPTH = 4  # a list item's date stands this near its item
_PEERS = 8  # the items asked whether they link elsewhere


_ADDRESS_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?:/|-|$)"
    r"|/((?:19|20)\d\d)([01]\d)([0-3]\d)(?:[/_.-]|$)"  # eight digits: a segment of its own
)


def address_date(url: str | None) -> str | None:
    """The date a page's address gives its article ("…/2024/05/02/slug", "…/2024-05-02/…",
    "…/20240502/slug.html")."""
    match = _ADDRESS_DATE.search(url or "")
    return iso_date("-".join(g for g in match.groups() if g)) if match else None


def in_dated_list(node: HtmlElement, heading: HtmlElement | None = None) -> bool:
    """A date of one item in a list of dated items that each link somewhere else (other
    stories' teasers, a "most read" box): the list's, not the page's. The item holding the
    page's ``h1`` (or its headline) is the article's own; two copies of one box (a layout's
    for desktops and for phones) link to the same place and are no list, nor is a post's
    line of meta ("Posted DATE in Harbour", "Updated DATE by Ann Lee"), its dates after a
    publishing word. Only the first few peers are asked: a long list of one link would
    make the page's every date cost its every item."""
    holds_heading = {heading, *heading.iterancestors()} if heading is not None else set()
    item = node
    for _ in range(_ITEM_DEPTH):
        parent = item.getparent()
        if parent is None or item in holds_heading or item.find(".//h1") is not None:
            return False
        if item is not node and (link := _dated_link(item)):
            peers = islice((p for p in parent if p is not item and p.tag == item.tag), _PEERS)
            if any(_dated_link(p) not in (None, link) for p in peers):
                return not _DATING_BEFORE.search(text_before(node))
        item = parent
    return False


def labels_teasers(heading: HtmlElement) -> bool:
    """A heading over a box of other stories' teasers ("More from …"): among the few
    elements after it, one holds a link and a date and is no byline's line ("By Ann Lee,
    May 2"), and none is prose (the article's box)."""
    after = [(s, text_of(s)) for s in islice(heading.itersiblings(), _PEERS)]
    if any(word_count(text) >= PROSE_WORDS for _, text in after):
        return False
    return any(_dated_link(s) and not is_byline(text) for s, text in after)


def _dated_link(item: HtmlElement) -> str | None:
    """Where a dated item's first link goes; None when it holds no date or no link."""
    link = item.find(".//a[@href]")
    return link.get("href") if link is not None and item.find(".//time") is not None else None


class ShownDate(NamedTuple):
    text: str
    date: str  # YYYY-MM-DD
    update: bool  # an update's, no publication's shown after it
    node: HtmlElement  # the element that shows it


def shown_date(
    heading: HtmlElement, inside: set[HtmlElement], stated: set[str]
) -> ShownDate | None:
    """The first date shown soon after the heading, a publication's before an update's;
    else the one shown just over it (a publication's over an update's under the heading)
    when it is one of the dates ``stated`` or none is; None when none is."""
    update = None
    prose = 0  # paragraphs of the body passed
    for node in heading.xpath(f"following::*[position() <= {LOOK_AHEAD}]"):
        if node in inside or node.tag in SKIP or elements(node) > _MAX_CHILDREN:
            continue
        found = date_in(node)
        if found is None and node.tag == "p" and word_count(text_of(node)) >= PROSE_WORDS:
            prose += 1
            if prose == _BODY_BEGUN:
                break  # the body has begun (a dek may stand above the byline)
        if found is None or in_aside(node, heading) or in_dated_list(node, heading):
            continue
        if not is_update(node, found[0]):
            return ShownDate(*found, update=False, node=node)
        update = update or ShownDate(*found, update=True, node=node)
    over = _shown_over(heading, inside)  # a publication's over an update's under it
    if over and stated and over.date not in stated:
        over = None  # the site's "today" bar, not the article's date
    chosen = over if over and not (over.update and update) else update
    if chosen and chosen.update and (below := published_below(heading, inside)):
        return ShownDate(below[0], below[1], update=False, node=below[2])  # at its foot
    return chosen


def _shown_over(heading: HtmlElement, inside: set[HtmlElement]) -> ShownDate | None:
    """The date shown just over the heading (a blog's date header above its post's
    title), when none is under it: the nearest one, in the heading's own box (not the
    masthead's, a menu's, an aside's or another article's) and no dated list's item."""
    for node in reversed(heading.xpath(f"preceding::*[position() <= {_BEFORE}]")):
        boxes = boxes_apart(node, heading)
        if node in inside or any(a.tag in _APART for a in boxes):
            return None
        if node.tag in SKIP or elements(node) > _MAX_CHILDREN:
            continue
        if found := date_in(node):
            titled = any(_titled(box) for box in boxes)  # a teaser's: under its own title
            listed = titled or in_dated_list(node, heading)
            shown = ShownDate(*found, update=is_update(node, found[0]), node=node)
            return None if listed else shown
        if word_count(text_of(node)) >= PROSE_WORDS:
            return None  # past another post's prose
    return None


def _titled(box: HtmlElement) -> bool:
    """The box holds a heading that is no date (a teaser's title; a date header is one)."""
    return any(iso_date(text_of(h)) is None for h in box.iter(*_HEADINGS))
