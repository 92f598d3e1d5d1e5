"""The calendar date a date line prints, as YYYY-MM-DD: the first full date in it, a
month and day in a year the caller knows, and the number dates' orders a page writes.
A number date whose day cannot be told from its month is read day first with dots and
month first with slashes and dashes, unless the caller knows the page's order.
"""

from __future__ import annotations

import re
from datetime import date

from reader.ingest.date_patterns import (
    DMY,
    FULL_DATES,
    MDY,
    NO_YEAR,
    NUMERIC,
    SHORT_DOTTED,
    SHORT_YEAR,
)
from reader.ingest.months import MONTHS

_DIGIT = re.compile(r"\d")


def iso_date(text: str, day_first: bool | None = None) -> str | None:
    """The first full calendar date in the text, as YYYY-MM-DD.

    ``day_first`` reads a number date whose day and month could be swapped
    ("05.11.2023"); None: day first with dots, month first otherwise.
    """
    best: tuple[int, str] | None = None
    for pattern in (*FULL_DATES, SHORT_YEAR, SHORT_DOTTED):
        for match in pattern.finditer(text):
            value = _value(match, day_first)
            if value is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), value)
                break
    return best[1] if best else None


def _value(match: re.Match[str], day_first: bool | None) -> str | None:
    groups = match.groupdict()
    if "a" in groups:
        a, b = int(groups["a"]), int(groups["b"])
        first = day_first if day_first is not None else groups["s"] == "."
        if a > 12 or (b <= 12 and first):
            day, month = a, b
        else:
            day, month = b, a
    else:
        month_text = groups["m"]
        day = int(groups["d"])
        month = int(month_text) if month_text.isdigit() else _month(month_text)
    year = int(groups["y"].lstrip("'’")[:4])
    if year < 100:  # "03/14/24", "21.03.25", "March 3 '25"
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def yearless_date(text: str, year: int) -> str | None:
    """A month and day printed without their year ("Posted May 2, 9:40 AM"), in ``year``."""
    match = NO_YEAR.search(text)
    if match is None:
        return None
    month = _month(match.group("m") or match.group("m2"))
    try:
        return date(year, month, int(match.group("d") or match.group("d2"))).isoformat()
    except ValueError:
        return None


def _month(text: str) -> int:
    return MONTHS.get(text.lower().rstrip("."), 0)


def number_pairs(text: str) -> list[tuple[int, int]]:
    """The first two numbers of each number date in the text ("21/06/2014": (21, 6))."""
    if not _DIGIT.search(text):
        return []
    found = [*NUMERIC.finditer(text), *SHORT_YEAR.finditer(text), *SHORT_DOTTED.finditer(text)]
    return [(int(m.group("a")), int(m.group("b"))) for m in found]


def spelled_orders(text: str) -> tuple[bool, bool]:
    """Does the text spell a date day first ("5 November 2019"), month first ("November
    5, 2019")?"""
    if not _DIGIT.search(text):
        return False, False
    return DMY.search(text) is not None, MDY.search(text) is not None
