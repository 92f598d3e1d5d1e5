"""The lines a name's reading as a byline looks at around it: the nearest ones that say
something, past buttons ("Follow", "Share"), counts ("12.4K followers", "Views: 4,017")
and a dating word alone over its date ("Published"). A page sets its byline among such
lines as often as beside its date: "Ann Lee" over "Follow" over "May 2, 2026" is a name
over its date."""

from __future__ import annotations

import re

from reader.ingest.byline_people import PIECES
from reader.ingest.chrome import is_chrome
from reader.ingest.date_patterns import YEAR
from reader.ingest.dates import has_date, is_date_line, is_yearless_date_line
from reader.ingest.published_parts import DATING_WORDS

_COUNT = re.compile(  # a count and its word, either way round
    r"^(?=.{1,30}$)\W*(?:[^\W\d_]+\s*:?\s*)?\(?\d[\d.,]*[KkMm]?\)?(?:\s+[^\W\d_]+)?\W*$"
)
_DATING_LABEL = re.compile(rf"^(?:last\s+)?(?:{DATING_WORDS}|date)(?:\s+on)?\s*:?$", re.I)
_DATE_LABEL = re.compile(r"^\W*(?:date|datum|fecha)\s*:\s*", re.IGNORECASE)  # "Date: May 2"
_YEAR = re.compile(YEAR)
PASSED = 2  # lines passed over on each side at most
DATED_LINE = 80  # characters of a dated line beside a name


def passed_over(text: str) -> bool:
    """A line a byline's neighbours are sought past: a button, a count, a dating word."""
    text = text.strip()
    if _DATING_LABEL.match(text) or is_chrome(text):
        return True
    if _COUNT.match(text) is None or _YEAR.search(text) is not None:
        return False
    return not (has_date(text) or is_yearless_date_line(text))  # "March 3": a date's line


def neighbour(texts: list[str], i: int, step: int) -> str:
    """The nearest line from ``i`` in the direction ``step`` (1 or -1) that is not
    passed over, within PASSED lines passed, without a "Date:" label opening it (a name
    over "Date: May 2, 2026" stands over its date); "" where there is none."""
    k = i + step
    for _ in range(PASSED):
        if not 0 <= k < len(texts) or not passed_over(texts[k]):
            break
        k += step
    return _DATE_LABEL.sub("", texts[k]) if 0 <= k < len(texts) else ""


def dated_line(text: str) -> bool:
    """A date line, or a short line one of whose pieces is one ("Mar 3, 2025 · 4 min
    read", "NEWS | March 3, 2025", "3 March 2025 - 1,204 views"): a name over or under it
    stands beside its date."""
    if is_date_line(text):
        return True
    short = len(text) <= DATED_LINE and has_date(text)
    return short and any(is_date_line(piece) for piece in PIECES.split(text))
