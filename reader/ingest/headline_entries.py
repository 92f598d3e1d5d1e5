"""An entry of a live blog is no headline: a title under a time alone ("12 min ago"),
when a time alone over another title follows below it (the next entry)."""

from __future__ import annotations

from itertools import pairwise

from reader.ingest.dates import is_date_line
from reader.ingest.headline_shape import headline_shaped
from reader.ingest.lines import Line

ENTRY_REACH = 12  # lines under an entry's title where the next entry's time may stand


def timed_entry(lines: list[Line], i: int) -> bool:
    """Is line i a title under a time alone, a time alone over a title below it?"""
    if i == 0 or not is_date_line(lines[i - 1].text):
        return False
    below = lines[i + 1 : i + 1 + ENTRY_REACH]
    return any(is_date_line(x.text) and headline_shaped(y.text) for x, y in pairwise(below))
