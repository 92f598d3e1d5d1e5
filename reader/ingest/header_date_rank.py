"""Which of the header's dated lines to read first for the article's date.

A header may print another day before the article's own: a print edition's or an issue's
day ("Print edition | March 4"), an event's or a deadline's ("Kick-off: Saturday, March
8"), an earlier story's in a note ("Part one ran on February 24"), a day to come in a
sentence over the byline. The article's own date stands in a line that is a date and
little else, a line the date opens, a line that says it dates the article ("Published
…"), or the byline's line; those are read first, the update's last among them, and a
date after other words only when no such line gives one.
"""

from __future__ import annotations

import re

from reader.ingest.bylines import is_byline
from reader.ingest.dates import date_end, is_date_line
from reader.ingest.published_parts import DATING_WORDS, UPDATED

_DATES_ARTICLE = re.compile(rf"^\W*(?:first\s+|last\s+)?(?:{DATING_WORDS})\b", re.IGNORECASE)


def own_date_line(text: str) -> bool:
    """A header line whose date is the article's by its shape: the date alone, the date
    first, a dating word first, or a byline with its date."""
    return (
        is_date_line(text)
        or date_end(text) > 0
        or _DATES_ARTICLE.match(text) is not None
        or is_byline(text)
    )


def reading_order(text: str) -> tuple[bool, bool]:
    """The sort key of a header's dated line: its own date lines first, updates last."""
    return not own_date_line(text), UPDATED.match(text) is not None
