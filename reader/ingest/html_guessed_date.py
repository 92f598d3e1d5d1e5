"""What is left of extraction's guess at a page's date (trafilatura's, from anywhere on the
page: it is asked only when the page states no date of its own in data or under its
headline). A guess that is one of a dated list's items is that item's (another story's in
a "most read" box); one of the first of January that the page never shows as a day is a
year's (a copyright line, an address with the year alone): neither dates the article, and
a page may have no date of its own.
"""

from __future__ import annotations

import re

_NEW_YEAR = re.compile(  # the first of January shown as a day, in words or in digits
    r"\bjan\w*\.?\s+0?1(?:st)?\b|\b0?1(?:st|er|\.)?\s+(?:of\s+|de\s+)?jan|"
    r"\b0?1[./]0?1[./](?:19|20)\d\d\b|\b(?:19|20)\d\d-01-01\b",
    re.IGNORECASE,
)


def guessed_date(guess: str | None, list_dates: set[str], page: str) -> str | None:
    """The guess, unless a dated list's item or a year's."""
    if guess is None or guess in list_dates:
        return None
    if guess.endswith("-01-01") and not _NEW_YEAR.search(page):
        return None
    return guess
