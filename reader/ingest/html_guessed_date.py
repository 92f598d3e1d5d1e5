"""What is left of extraction's guess at a page's date (trafilatura's, from anywhere on the
page: it is asked only when the page states no date of its own in data or under its
headline). A guess that is one of a dated list's items is that item's (another story's in
a "most read" box); one of the first of January that the page never shows as a day is a
year's (a copyright line, an address with the year alone): neither dates the article, and
a page may have no date of its own. Nor does a date shown before the site's masthead
(its ``<header>`` or ``<nav>``): a bar of today's date above the page.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from reader.ingest.dates import iso_date
from reader.ingest.html_text import SKIP

_NEW_YEAR = re.compile(  # the first of January shown as a day, in words or in digits
    r"\bjan\w*\.?\s+0?1(?:st)?\b|\b0?1(?:st|er|\.)?\s+(?:of\s+|de\s+)?jan|"
    r"\b0?1[./]0?1[./](?:19|20)\d\d\b|\b(?:19|20)\d\d-01-01\b",
    re.IGNORECASE,
)


_MASTHEAD = frozenset({"header", "nav"})
_TOP_ELEMENTS = 60  # what stands before a masthead past this many elements is the page
_TOP_CHARS = 60
_CONTENT = frozenset({"main", "article"})  # a header inside them is the article's


def top_dates(root: HtmlElement) -> set[str]:
    """The dates shown in the body before the site's masthead; none when it has none
    (the article's own header, inside its content, is no site's masthead)."""
    dates: set[str] = set()
    body = root.find("body")
    for count, node in enumerate(body.iter() if body is not None else ()):
        if node.tag in _MASTHEAD:
            return dates
        if node.tag in _CONTENT or count > _TOP_ELEMENTS:
            return set()
        text = (node.text or "").strip() if node.tag not in SKIP else ""
        if text and len(text) <= _TOP_CHARS and (date := iso_date(text)):
            dates.add(date)
    return set()


def guessed_date(guess: str | None, others: set[str], page: str) -> str | None:
    """The guess, unless a dated list's item, the date above the masthead or a year's."""
    if guess is None or guess in others:
        return None
    if guess.endswith("-01-01") and not _NEW_YEAR.search(page):
        return None
    return guess
