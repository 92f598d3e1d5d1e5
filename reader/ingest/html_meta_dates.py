"""The calendar date of a date a machine wrote: "2019-11-19T04:58:46Z" is the 19th, whatever
the reader's time zone; epoch seconds (or milliseconds) give their date in UTC; else the
value read as a written date.
"""

from __future__ import annotations

import datetime as dt
import re

from reader.ingest.dates import iso_date

_ISO_START = re.compile(r"^\s*((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[T\s]|$)")
_EPOCH = re.compile(r"^\s*(1\d{9})(?:\d{3})?(?:\.\d+)?\s*$")  # seconds (2001-2033), or ms


def date_of(value: str) -> str | None:
    """The calendar date of a machine-written date ("2019-11-19T04:58:46Z", 1714651200) or
    a written one."""
    if epoch := _EPOCH.match(value):
        return dt.datetime.fromtimestamp(int(epoch.group(1)), dt.UTC).date().isoformat()
    match = _ISO_START.match(value)
    return iso_date(match.group(1)) if match else iso_date(value)
