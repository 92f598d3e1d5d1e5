"""The byline a page shows beside its date without saying "By" or marking it.

The assumption relaxed: a byline that is neither marked by the markup nor says "By" is
no byline. Templates show the writer's name beside the article's date in one small box
instead: a news theme's meta box (portrait, name, date), a page builder's row of icon
items, a newsletter's row of sender and day, a forum post's header (its poster and its
time). The box is the nearest one round the date that shows more than the date, short
(a byline's length) and apart from the headline; its name is a person's name that is
all the text of an element of its own (not words of a sentence), not in capitals (a
dateline's place is), and, when it is a link, opens with a known first name: a section's
kicker beside the date ("Harbour Life", "Top Stories") links to the section.
"""

from __future__ import annotations

from itertools import islice

from lxml.html import HtmlElement

from reader.ingest.html_byline import MAX_CHARS
from reader.ingest.html_text import SKIP, norm, text_of
from reader.ingest.names import person_name

_LEVELS = 4  # boxes round the date asked whether they show more than it


def name_by_date(date: HtmlElement, heading: HtmlElement | None) -> tuple[str, list[str]] | None:
    """(the name's text, [the name]) of the person shown beside the date, or None."""
    box = _date_box(date, heading) if heading is not None else None
    for node in box.iter() if box is not None else ():
        if node is date or not isinstance(node.tag, str) or node.tag in SKIP:
            continue
        text = text_of(node)
        if text != norm(node.text) or text.isupper():
            continue  # the element holds more than its own words, or a place in capitals
        parent = node.getparent()
        linked = node.tag == "a" or (parent is not None and parent.tag == "a")
        if name := person_name(text, known_first=linked):  # a link's: a kicker's, unless
            return text, [name]  # it opens with a known first name
    return None


def _date_box(date: HtmlElement, heading: HtmlElement) -> HtmlElement | None:
    shown = text_of(date)
    holds_heading = {heading, *heading.iterancestors()}
    for box in islice(date.iterancestors(), _LEVELS):
        text = text_of(box)
        if box in holds_heading or len(text) > MAX_CHARS:
            return None
        if text != shown:
            return box
    return None
