"""What the runs of prose (body_runs.py) ask of each line, asked once a text: is it
prose, a clock stamp, a table's row, shaped as a headline by the cheap tests, the end of
a run (the copyright line, the head of a reply form)? A page repeats its lines between
runs ("Reply", the commenters' names), and each answer depends on the text alone."""

from __future__ import annotations

import re

from reader.ingest.chrome import opens_reply_form
from reader.ingest.dates import TIME, iso_date
from reader.ingest.headline_shape import may_be_headline_shaped
from reader.ingest.lines import Line, is_copyright, is_prose, is_table_row, line_text

_CLOCK = re.compile(TIME)
STAMP_CHARS = 60


def is_clock_stamp(text: str) -> bool:
    """A live blog's entry stamp: a time of day that opens the line, no calendar date
    ("21:22 Ann Lee", "09:15 KEY EVENT"). A run of entries is one body: its stamps and
    the titles under them are no gap in it (a related story's date is one)."""
    return (
        text[:1].isdigit()
        and len(text) <= STAMP_CHARS
        and _CLOCK.match(text) is not None
        and iso_date(text) is None
    )


# What the runs of prose ask of a line, as bits of one byte a line: prose; a clock stamp;
# a table's row; headline-shaped by the cheap tests; the copyright line or the head of a
# reply form, which end a run.
PROSE, STAMP, ROW, SHAPED, ENDS = 1, 2, 4, 8, 16


def _code(text: str) -> int:
    stamp = STAMP if text[:1].isdigit() and is_clock_stamp(text) else 0
    if is_prose(text):
        return PROSE | stamp
    return (
        stamp
        | (ROW if is_table_row(text) else 0)
        | (SHAPED if may_be_headline_shaped(text) else 0)
        | (ENDS if is_copyright(text) or opens_reply_form(text) else 0)
    )


def gap_codes(lines: list[Line]) -> bytes:
    """Each line's bits (above), asked once a text: a page repeats its lines between
    runs ("Reply", the commenters' names), and each test depends on the text alone."""
    known = dict.fromkeys(map(line_text, lines), 0)
    for text in known:
        known[text] = _code(text)
    return bytes(map(known.__getitem__, map(line_text, lines)))  # no list a line between
