"""The date a page shows for its article: the first one soon after the headline.

Under the headline, in the byline's box or opening the first paragraph (before the
body's second paragraph: a date after it is a teaser's), a page shows when the article
was published: a ``<time>`` or a line that is a date and little else
("| May 2, 2024 9:40 AM", "Posted on 2 May 2024"), or a byline's line whose last piece,
after a separator, is one ("By Ann Lee | May 2, 2024", "Ann Lee · 2 May 2024"). An
update's date ("Updated May 3, 2024", a ``<time class="updated">``) counts only when no
publication date follows it; one in an aside, a menu, another article or the comments is
not the article's.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from lxml.html import HtmlElement

from reader.ingest.dates import date_start, is_date_line, iso_date
from reader.ingest.html_byline import LOOK_AHEAD, in_aside
from reader.ingest.html_meta_dates import date_of
from reader.ingest.html_text import SKIP, lines_of, text_of
from reader.ingest.published_parts import DATING_WORDS
from reader.ingest.text_shape import word_count

# "Updated", and the same word in other languages ("Mis à jour", "Aktualisiert", "Aggiornato",
# "Actualizado", "Atualizado", "Bijgewerkt")
_UPDATE_WORDS = r"updat|modif|mis à jour|aktualisiert|aggiornat|actualizad|atualizad|bijgewerkt"
_UPDATE = re.compile(_UPDATE_WORDS, re.IGNORECASE)
_DATING_BEFORE = re.compile(rf"\b(?:{DATING_WORDS})\b\W*$", re.IGNORECASE)  # "Posted DATE in …"
_UPDATE_BEFORE = re.compile(
    rf"\b(?:updated|modified|edited|{_UPDATE_WORDS}\w*)\b\W*$", re.IGNORECASE
)
_MAX_CHARS = 60
_PIECES = re.compile(r"\s*[|·•]\s*")  # "By Ann Lee | May 2, 2024": the byline, the date
_MAX_CHILDREN = 6  # an element with more holds more than a date
_PROSE_WORDS = 12  # a paragraph this long is prose: a dek's or the body's
_BODY_BEGUN = 2  # ... and the second one the body's: a date after it is a teaser's
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
                return not _DATING_BEFORE.search(_text_before(node))
        item = parent
    return False


def _text_before(node: HtmlElement) -> str:
    """The text just before an element, in its parent or after its previous sibling."""
    previous, parent = node.getprevious(), node.getparent()
    before = previous.tail if previous is not None else parent.text if parent is not None else ""
    return before or ""


def _dated_link(item: HtmlElement) -> str | None:
    """Where a dated item's first link goes; None when it holds no date or no link."""
    link = item.find(".//a[@href]")
    return link.get("href") if link is not None and item.find(".//time") is not None else None


class ShownDate(NamedTuple):
    text: str
    date: str  # YYYY-MM-DD
    update: bool  # an update's, no publication's shown after it


def is_update(node: HtmlElement, text: str) -> bool:
    """A date of the article's last update, not of its publication: marked as one
    ("updated", "dateModified"), or after the word ("Updated", "Last modified: …")."""
    marks = f"{node.get('class') or ''} {node.get('itemprop') or ''}"
    before = _text_before(node)
    return bool(_UPDATE.search(marks) or _UPDATE_BEFORE.search(before) or says_update(text))


def says_update(text: str) -> bool:
    """A date line that says it is an update's ("Last updated: May 3, 2024")."""
    at = date_start(text)
    return bool(_UPDATE.search(text if at is None else text[:at]))


def shown_date(heading: HtmlElement, inside: set[HtmlElement]) -> ShownDate | None:
    """The first date shown soon after the heading, a publication's before an update's;
    None when none is."""
    update = None
    prose = 0  # paragraphs of the body passed
    for node in heading.xpath(f"following::*[position() <= {LOOK_AHEAD}]"):
        if node in inside or node.tag in SKIP or len(node) > _MAX_CHILDREN:
            continue
        found = _date_in(node)
        if found is None and node.tag == "p" and word_count(text_of(node)) >= _PROSE_WORDS:
            prose += 1
            if prose == _BODY_BEGUN:
                break  # the body has begun (a dek may stand above the byline)
        if found is None or in_aside(node, heading) or in_dated_list(node, heading):
            continue
        if not is_update(node, found[0]):
            return ShownDate(*found, update=False)
        update = update or ShownDate(*found, update=True)
    return update


def element_date(node: HtmlElement, text: str) -> str | None:
    """The date an element shows: its ``datetime``'s, else its text's, else, for a date
    shown as "5 days ago", the one its ``title`` gives ("May 2, 2024 9:40 AM")."""
    return date_of(node.get("datetime") or "") or iso_date(text) or date_of(node.get("title") or "")


def _date_in(node: HtmlElement) -> tuple[str, str] | None:
    if node.tag == "time":
        text = text_of(node)
        date = element_date(node, text)
        return (text or date, date) if date and len(text) <= _MAX_CHARS else None
    if node.find(".//time") is not None:
        return None  # its <time>s come next, one by one
    line = next(iter(lines_of(node)), "")
    if len(line) > 2 * _MAX_CHARS:
        return None
    last = _PIECES.split(line)[-1] if len(line) > _MAX_CHARS or not is_date_line(line) else line
    if len(last) > _MAX_CHARS or not is_date_line(last):
        return None
    date = element_date(node, last) if last == text_of(node) else iso_date(last)
    return (last, date) if date else None
