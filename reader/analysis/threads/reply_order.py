"""Which way a page lists its comments: oldest first or newest first.

Two kinds of sign, the first that decides wins:
- the dates the page shows: most neighbours run forwards or backwards in time
  (a threaded page interleaves late replies, so a majority decides, not all);
- the replies: a comment that quotes or echoes another is the later of the two.
"""

from __future__ import annotations

import itertools
import re

from reader.ingest.dates import iso_date
from reader.model import Comment

OLDEST_FIRST = "oldest-first"
NEWEST_FIRST = "newest-first"

_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*([ap])\.?m\b", re.IGNORECASE)
_CLOCK_24 = re.compile(r"\b(\d{1,2}):(\d{2})\b")


def comment_time(date_text: str | None) -> tuple[str, int] | None:
    """A sortable (ISO date, minute of the day) for a comment's date line."""
    if not date_text:
        return None
    day = iso_date(date_text)
    if day is None:
        return None
    minute = 0
    if clock := _CLOCK.search(date_text):
        hour = int(clock.group(1)) % 12 + (12 if clock.group(3).lower() == "p" else 0)
        minute = hour * 60 + int(clock.group(2))
    elif clock := _CLOCK_24.search(date_text):
        minute = int(clock.group(1)) * 60 + int(clock.group(2))
    return day, minute


def _by_dates(comments: list[Comment]) -> int:
    """Forward steps minus backward steps between neighbouring dated comments."""
    times = [t for c in comments if c.date_text and (t := comment_time(c.date_text)) is not None]
    return sum((a < b) - (a > b) for a, b in itertools.pairwise(times))


def decide_order(comments: list[Comment], replies: list[tuple[int, int]]) -> str | None:
    """The page's order, from dates or from (reply, answered) pairs of page positions."""
    balance = _by_dates(comments)
    if balance == 0:
        balance = sum((reply > answered) - (reply < answered) for reply, answered in replies)
    if balance > 0:
        return OLDEST_FIRST
    if balance < 0:
        return NEWEST_FIRST
    return None
