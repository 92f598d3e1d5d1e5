"""The parts of the date patterns: month and weekday names, years, times, the full
dates month first ("Nov. 5, 2024"), day first ("3rd March 2022", "4 de março de 2024"),
as numbers ("05.11.2023", "2024-03-05") and of two-digit years, a month and day without
a year, and relative dates ("3 hours ago", "hace 2 días"). dates.py recognises date
lines with them; date_values.py reads the calendar date out of them.
"""

from __future__ import annotations

import re

from reader.ingest.months import (
    AGO_AFTER,
    AGO_BEFORE,
    AGO_UNITS,
    MONTHS,
    PUBLISHED_WORDS,
    UPDATED_WORDS,
    WEEKDAYS,
)
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)  # the patterns below take a while to compile: once


def _alternation(words: list[str]) -> str:
    """Words (longest first, so a word's prefixes come after it) as one pattern, factored
    by their first letters: "jan|june|july" tried as "j(?:u(?:ne|ly)|an)". The same words
    match, the longer first, but a letter no word starts with is turned away at once
    instead of by each word in turn."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        if not first or len(rests) == 1:
            parts.append(re.escape(first + rests[0]))
        else:
            parts.append(re.escape(first) + "(?:" + _alternation(rests) + ")")
    return "|".join(parts)


MONTH_WORD = "(?i:" + _alternation(sorted(MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
WEEKDAY_WORD = "(?i:" + _alternation(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
ORDINAL = r"(?i:st|nd|rd|th)"
# A year, maybe glued to the time after it ("MAR 6, 20248:15 AM").
YEAR = r"(?:19|20)\d\d(?:(?=\d{1,2}:\d\d)|(?!\d))"
# "10h02", "10 h 02" (French), "10.02 Uhr" (German): a time as other languages write it.
TIME = (
    r"(?:\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?|AM|PM|A\.M\.|P\.M\.)?"
    r"|\d{1,2}\.\d\d\s*(?:[ap]\.?m\.?|AM|PM|GMT|UTC|BST|CES?T|[Uu]hr\b)"
    r"|(?:[01]?\d|2[0-3])\s?h\s?[0-5]\d(?!\d)"
    r"|\d{1,2}\s*(?:[ap]\.m\.|[ap]m|AM|PM)\b)"
    r"(?:\s*(?:[A-Z]{2,4}T|ET|PT|CT|GMT|UTC))?"
)
# "klo 10.02" (Finnish), "kl. 10.02" (Scandinavian): a time of dots after its word.
LEAD_TIME = r"\bkl(?:o|\.)?\s?\d{1,2}[.:]\d\d(?!\d)"
# A spelled date's year, or its last two digits after an apostrophe ("March 3 '25")
SPELLED_YEAR = rf"(?:{YEAR}|['’]\d\d(?!\d))"
MDY = _COMPILED.compile(
    rf"(?:\b|(?<=[a-z])(?=[A-Z]))(?P<m>{MONTH_WORD})(?:\s+|(?<=\.))(?P<d>\d{{1,2}}){ORDINAL}?"
    rf"\s*,?\s+(?P<y>{SPELLED_YEAR})"  # "Mar. 3, 2025", "Mar.3, 2025", "March 3 , 2025"
)
DMY = _COMPILED.compile(
    rf"\b(?P<d>\d{{1,2}})(?:{ORDINAL}|\.)?\s+(?:(?i:de|of)\s+)?(?P<m>{MONTH_WORD}),?\s+"
    rf"(?:(?i:de)\s+)?(?P<y>{SPELLED_YEAR})"
)
NUMERIC = _COMPILED.compile(rf"\b(?P<a>\d{{1,2}})(?P<s>[/.-])(?P<b>\d{{1,2}})[/.-](?P<y>{YEAR})")
YMD = _COMPILED.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})(?!\d)")
# "03/14/24 4:05pm": a year of two digits, with slashes only ("1.2.23" is a version)
SHORT_YEAR = _COMPILED.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>/)(?P<b>\d{1,2})/(?P<y>\d\d)(?![\d/])"
)
# "21.03.25": a year of two digits with dots, day first, where a date stands: opening the
# text or one of its pieces (after a bar, a bullet, a dash, a comma or a colon), or after
# a dating word ("Published 21.3.25"), and ending its piece. In a sentence ("version
# 1.2.23 of the app") such numbers are a version's.
_PIECE_OPENS = "|".join(
    [r"^", r"(?<=[|·•,:–—-])", r"(?<=[|·•,:–—-]\s)"]
    + [rf"(?<=\b{word}\s)" for word in f"{PUBLISHED_WORDS}|{UPDATED_WORDS}|on".split("|")]
)
SHORT_DOTTED = _COMPILED.compile(  # a digit asked first: the openings' lookbehinds tried at
    # every place of a paragraph cost twice the full dates' search together, 25x this
    rf"(?=\d)(?i:{_PIECE_OPENS})(?P<a>\d{{1,2}})(?P<s>\.)(?P<b>\d{{1,2}})\.(?P<y>\d\d)(?![\w.]|,\d)"
)
FULL_DATES = (MDY, DMY, NUMERIC, YMD)
# A month and a day with no year ("Posted May 2, 9:40 AM", "2 May", "the 2nd of May"):
# the full dates' words less the year, read with the year of the page's other dates.
NO_YEAR = _COMPILED.compile(
    rf"\b(?:(?P<m>{MONTH_WORD})\s+(?P<d>\d{{1,2}}){ORDINAL}?|(?P<d2>\d{{1,2}})(?:{ORDINAL}|\.)?\s+"
    rf"(?:(?i:of)\s+)?(?P<m2>{MONTH_WORD}))(?![\w.,]*\s*(?:19|20)\d\d)(?!\d)"
)

ANY_DATE = re.sub(r"\?P<\w+>", "", "|".join(p.pattern for p in FULL_DATES))
# A unit is followed by "." or white space, or a word's end: no two units can both
# match at one place, so their order does not matter, and they are factored too
# ("seconds?" is "seconds" and "second").
_UNIT_WORDS = {w for u in AGO_UNITS for w in ((u[:-1], u[:-2]) if u.endswith("?") else (u,))}
_UNITS = _alternation(sorted(_UNIT_WORDS, key=lambda u: (-len(u), u)))
_AFTER, _BEFORE = "|".join(AGO_AFTER), "|".join(AGO_BEFORE)
# "3 hours ago", "hace 2 días", "just now": as it may match at a digit, and at a letter.
AGO_AT_DIGIT = rf"\b\d+\s*(?:{_UNITS})\.?\s+(?:{_AFTER})\b"
AGO_AT_LETTER = (
    rf"(?:\b(?:an?|one)\s*(?:{_UNITS})\.?\s+(?:{_AFTER})\b"
    rf"|\b(?:{_BEFORE})\s+(?:\d+|an?|une?|un)\s*(?:{_UNITS})\b"
    r"|\bjust now\b)"
)
