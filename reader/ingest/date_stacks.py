"""A date a calendar badge prints a piece to a line ("MAR" / "3" / "2025", "03" / "March"
/ "2025", "Mar 3" / "2025"): a text copy keeps each piece on its own line, where no line
is a date, but the lines together are one.
"""

from __future__ import annotations

import re

from reader.ingest.date_patterns import MONTH_WORD, ORDINAL, SPELLED_YEAR
from reader.ingest.dates import iso_date
from reader.ingest.lines import Line

STACK = 3  # lines a badge's date takes at the most: the month, the day, the year
_PIECE_LONGEST = 12  # characters of a piece's line: "September 21"
# One line of the badge: a month's word, a day, a year, or two of them ("Mar 3", "March 2025")
_PART = rf"(?:{MONTH_WORD}|\d{{1,2}}{ORDINAL}?|{SPELLED_YEAR})"
_PIECE = re.compile(rf"{_PART}(?:,?\s+{_PART})?,?")


def stacked_date(texts: list[str]) -> int:
    """How many of the lines that open ``texts`` (two or three) are one date printed a
    piece to a line, or 0: each line a month, a day, a year or two of them, the lines
    together a full date."""
    pieces: list[str] = []
    for text in texts[:STACK]:
        if len(text) > _PIECE_LONGEST or _PIECE.fullmatch(text) is None:
            break
        pieces.append(text)
    for n in range(len(pieces), 1, -1):
        if iso_date(" ".join(pieces[:n])) is not None:
            return n
    return 0


def stacked_at(lines: list[Line], i: int) -> int:
    """How many lines from line i are one date printed a piece to a line (stacked_date)."""
    return stacked_date([line.text for line in lines[i : i + STACK]])
