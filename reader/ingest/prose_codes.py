"""What the runs of prose (body_runs.py) ask of a line between runs, asked once a text: is it
a clock stamp, a table's row, shaped as a headline by the cheap tests, the end of a run
(the copyright line, the head of a reply form), a button (page chrome)? A page repeats
its lines between runs ("Reply", the commenters' names), and each answer depends on the
text alone."""

from __future__ import annotations

import re

from reader.ingest.chrome import is_chrome, opens_reply_form
from reader.ingest.dates import TIME, iso_date
from reader.ingest.headline_shape import may_be_headline_shaped
from reader.ingest.lines import is_copyright, is_table_row

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


# What the runs of prose ask of a line between runs, as bits: a clock stamp; a table's
# row; headline-shaped by the cheap tests; the copyright line or the head of a reply
# form, which end a run; page chrome (a button: a row of them ends a run too).
STAMP, ROW, SHAPED, ENDS, CHROME = 1, 2, 4, 8, 16


def gap_code(text: str) -> int:
    """The bits (above) of a line that is no prose."""
    return (
        (STAMP if is_clock_stamp(text) else 0)
        | (ROW if is_table_row(text) else 0)
        | (SHAPED if may_be_headline_shaped(text) else 0)
        | (ENDS if is_copyright(text) or opens_reply_form(text) else 0)
        | (CHROME if is_chrome(text) else 0)
    )
