"""Datelines: the place (and agency) that opens an article's first paragraph."""

from __future__ import annotations

import re

from reader.ingest.date_patterns import YEAR
from reader.ingest.dates import is_date_line, yearless_date
from reader.ingest.lines import (
    word_count,
)

DATELINE = re.compile(
    r"^(?P<d>[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"(?:\s*\([A-Za-z][\w.& ]{0,20}\))?)\s*[—–-]+\s*(?=\S)"
    r"|^(?P<c>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?:,\s+[A-Z][a-z.]+)?\s*\([A-Z][A-Za-z]{1,12}\))"
    r"(?:\s*[—–-]+\s*)?(?=\S)"
)
AGENCY = re.compile(r"\(([A-Z][\w.& ]{0,20})\)\s*$")


def dateline_of(text: str) -> str | None:
    match = DATELINE.match(text)
    if not match:
        return None
    dateline = (match.group("d") or match.group("c")).strip()
    if word_count(dateline) > 6 or len(dateline) < 3:
        return None
    return dateline


# A dateline that prints its date: a place, then pieces parted by commas, dashes,
# brackets or slashes (a region, an agency, a weekday, the date), then the dash or colon
# that ends it: "LISBON, March 4 (Agency) –", "Port Ellis, 4 March 2024 /Agency/ --",
# "PORT ELLIS, Maine — March 4, 2024 —", "LISBON — March 4, 2024:", "LISBON (March 4,
# 2024) —". Each piece after the place is a date's (a number, a month's or a weekday's
# word) or a name of a few capitalised words; a dash inside brackets ends nothing ("Ida
# Moss (March 3, 1941 – May 2, 2026) —" is a life's dates), and a bracket straight after
# the place needs the place in capitals.
_PLACE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}")
_ENDS = re.compile(r"\s*(?:[—–]+|--?(?=\s)|:(?=\s)|[(),]|/(?=[A-Za-z])|(?<=[A-Za-z])/)\s*")
_NAME_PIECE = re.compile(r"(?:[A-Z][\w.'’&-]*\s?){1,3}")
REACH = 90  # characters of the first paragraph a dateline may take


def dateline_date(text: str) -> str | None:
    """The date part of a dateline that opens the text, or None (the caller reads it)."""
    place = _PLACE.match(text)
    if place is None or not _ENDS.match(text, place.end()):
        return None
    if text[place.end() :].lstrip().startswith("(") and not place.group().isupper():
        return None
    depth, start, pieces = 0, place.end(), []
    for cut in _ENDS.finditer(text, place.end(), min(len(text), REACH)):
        piece = text[start : cut.start()].strip()
        start = cut.end()
        if piece and not (_NAME_PIECE.fullmatch(piece) or _date_piece(piece)):
            return None
        pieces += [piece] if piece else []
        mark = cut.group().strip()
        depth += (mark == "(") - (mark == ")")
        if depth == 0 and mark not in "(),/" and pieces and any(map(_DIGITS.search, pieces)):
            return ", ".join(pieces)
    return None


_DIGITS = re.compile(r"\d")
_YEAR = re.compile(YEAR)  # a piece that is a year alone


def _date_piece(piece: str) -> bool:
    """A date, a year or a month and day of a dateline ("March 4", "2024", "04.03.2024")."""
    if _YEAR.fullmatch(piece) or is_date_line(piece):
        return True
    return word_count(piece) <= 3 and yearless_date(piece, 2000) is not None
