"""Datelines: the place (and agency) that opens an article's first paragraph."""

from __future__ import annotations

import re

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


# A dateline that prints the date between the place and the dash: "LISBON, March 4
# (Agency) –", "Port Ellis, 4 March 2024 /Agency/ --", "Lisbon, 4 March 2024:": the part
# after the place's comma; or in brackets after the place in capitals: "LISBON (March 4,
# 2024) —" ("Ida Moss (March 3, 1941 – May 2, 2026) —" is a life's dates, no dateline).
_DATED = re.compile(
    r"^(?:[A-Z][\w.'’ -]{1,40}?,\s+(?P<date>[^()/—–]{3,40}?)\s*(?:\([^()]{1,30}\)|/[^/]{1,30}/)?"
    r"|[A-Z][A-Z.'’ -]{1,40}?\s*\((?P<bracketed>[^()—–]{3,40})\))\s*(?:[—–]+|--?|:)\s"
)


def dateline_date(text: str) -> str | None:
    """The date part of a dateline that opens the text, or None (the caller reads it)."""
    match = _DATED.match(text)
    return (match.group("date") or match.group("bracketed")) if match else None
