"""Which way a page lists its comments: oldest first or newest first.

Two kinds of sign, the first that decides wins:
- the dates the page shows: most neighbours run forwards or backwards in time
  (a threaded page interleaves late replies, so a majority decides, not all);
- the replies: a comment that quotes or echoes another is the later of the two.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from reader.ingest.dates import iso_date
from reader.model import Comment

OLDEST_FIRST = "oldest-first"
NEWEST_FIRST = "newest-first"
Time = tuple[str, int] | None
Days = dict[str, tuple[str | None, bool]]  # a date line's day part -> its date, has a clock

_CLOCK = re.compile(r"\b(\d{1,2}):(\d{2})\s*([ap])\.?m\b", re.IGNORECASE)
_CLOCK_24 = re.compile(r"\b(\d{1,2}):(\d{2})\b")
# A 12-hour clock ending the date line after white space: "March 1, 2021 at 12:04 am".
_CLOCK_AT_END = re.compile(r"\s(\d{1,2}):(\d{2})\s*([ap])\.?m\.?$", re.IGNORECASE)


def comment_time(date_text: str | None, days: Days | None = None) -> Time:
    """A sortable (ISO date, minute of the day) for a comment's date line.

    ``days``: what the day parts of lines read so far gave. A page's comments give the
    day again and again with another clock after it ("March 1, 2021 at 12:04 am"); a
    clock holds no year, which every full date starts or ends with, so the day part
    alone gives the line's date, and it is read once.
    """
    if not date_text:
        return None
    end = _CLOCK_AT_END.search(date_text) if days is not None else None
    if end is not None and days is not None:
        key = date_text[: end.start()]
        known = days.get(key)
        if known is None:
            known = days[key] = (iso_date(key), _CLOCK.search(key) is not None)
        day, clocked = known
        if day is None:
            return None
        if not clocked:  # the first clock with am/pm is this one, as _CLOCK would find
            hour = int(end.group(1)) % 12 + (12 if end.group(3).lower() == "p" else 0)
            return day, hour * 60 + int(end.group(2))
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
    days: Days = {}
    times = [
        t for c in comments if c.date_text and (t := comment_time(c.date_text, days)) is not None
    ]
    return sum((a < b) - (a > b) for a, b in itertools.pairwise(times))


def decide_order(
    comments: list[Comment], replies: Callable[[], list[tuple[int, int]]]
) -> str | None:
    """The page's order, from dates or, when they do not tell, from (reply, answered)
    pairs of page positions (``replies`` gives them: only then are they found)."""
    balance = _by_dates(comments)
    if balance == 0:
        balance = sum((reply > answered) - (reply < answered) for reply, answered in replies())
    if balance > 0:
        return OLDEST_FIRST
    if balance < 0:
        return NEWEST_FIRST
    return None
