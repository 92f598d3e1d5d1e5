"""Recognising date and time lines, and reading an ISO date out of them.

Dates come month first ("Nov. 5, 2024", "AUGUST 23, 2020"), day first ("3rd March 2022",
"Tue 14 Nov 2023", "27. Januar 2014", "4 de março de 2024"), as numbers ("05.11.2023",
"11/19/2019", "2024-03-05T09:41:27Z", "2018年8月16日") or relative ("3 hours ago"). A
number date whose day cannot be told from its month is read day first with dots and
month first with slashes and dashes, unless the caller knows the page's order.
"""

from __future__ import annotations

import re
from datetime import date

from reader.ingest.months import AGO_AFTER, AGO_BEFORE, AGO_UNITS, MONTHS, WEEKDAYS
from reader.ingest.text_cache import cache_text
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)  # the patterns below take ~25 ms to compile: once


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


_MONTH = "(?i:" + _alternation(sorted(MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_WEEKDAY = "(?i:" + _alternation(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_ORDINAL = r"(?i:st|nd|rd|th)"
# A year, maybe glued to the time after it ("MAR 6, 20248:15 AM").
_YEAR = r"(?:19|20)\d\d(?:(?=\d{1,2}:\d\d)|(?!\d))"
# "10h02", "10 h 02" (French), "10.02 Uhr" (German): a time as other languages write it.
TIME = (
    r"(?:\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?|AM|PM|A\.M\.|P\.M\.)?"
    r"|\d{1,2}\.\d\d\s*(?:[ap]\.?m\.?|AM|PM|GMT|UTC|BST|CES?T|[Uu]hr\b)"
    r"|(?:[01]?\d|2[0-3])\s?h\s?[0-5]\d(?!\d)"
    r"|\d{1,2}\s*(?:[ap]\.m\.|[ap]m|AM|PM)\b)"
    r"(?:\s*(?:[A-Z]{2,4}T|ET|PT|CT|GMT|UTC))?"
)
# "klo 10.02" (Finnish), "kl. 10.02" (Scandinavian): a time of dots after its word.
_LEAD_TIME = r"\bkl(?:o|\.)?\s?\d{1,2}[.:]\d\d(?!\d)"
_MDY = _COMPILED.compile(
    rf"(?:\b|(?<=[a-z])(?=[A-Z]))(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}){_ORDINAL}?,?\s+(?P<y>{_YEAR})"
)
_DMY = _COMPILED.compile(
    rf"\b(?P<d>\d{{1,2}})(?:{_ORDINAL}|\.)?\s+(?:(?i:de|of)\s+)?(?P<m>{_MONTH}),?\s+"
    rf"(?:(?i:de)\s+)?(?P<y>{_YEAR})"
)
_NUMERIC = _COMPILED.compile(rf"\b(?P<a>\d{{1,2}})(?P<s>[/.-])(?P<b>\d{{1,2}})[/.-](?P<y>{_YEAR})")
_YMD = _COMPILED.compile(r"\b(?P<y>(?:19|20)\d\d)[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})(?!\d)")
# "03/14/24 4:05pm": a year of two digits, with slashes only ("1.2.23" is a version)
_SHORT_YEAR = _COMPILED.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>/)(?P<b>\d{1,2})/(?P<y>\d\d)(?![\d/])"
)
_PATTERNS = (_MDY, _DMY, _NUMERIC, _YMD)
# A month and a day with no year ("Posted May 2, 9:40 AM", "2 May"): read with the
# year of the page's other dates.
_NO_YEAR = _COMPILED.compile(
    rf"\b(?:(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}}){_ORDINAL}?|(?P<d2>\d{{1,2}})(?:{_ORDINAL}|\.)?\s+"
    rf"(?P<m2>{_MONTH}))(?![\w.,]*\s*(?:19|20)\d\d)(?!\d)"
)

ANY_DATE = re.sub(r"\?P<\w+>", "", "|".join(p.pattern for p in _PATTERNS))
# A unit is followed by "." or white space, or a word's end: no two units can both
# match at one place, so their order does not matter, and they are factored too
# ("seconds?" is "seconds" and "second").
_UNIT_WORDS = {w for u in AGO_UNITS for w in ((u[:-1], u[:-2]) if u.endswith("?") else (u,))}
_UNITS = _alternation(sorted(_UNIT_WORDS, key=lambda u: (-len(u), u)))
_AFTER, _BEFORE = "|".join(AGO_AFTER), "|".join(AGO_BEFORE)
# "3 hours ago", "hace 2 días", "just now": as it may match at a digit, and at a letter.
_AGO_AT_DIGIT = rf"\b\d+\s*(?:{_UNITS})\.?\s+(?:{_AFTER})\b"
_AGO_AT_LETTER = (
    rf"(?:\b(?:an?|one)\s*(?:{_UNITS})\.?\s+(?:{_AFTER})\b"
    rf"|\b(?:{_BEFORE})\s+(?:\d+|an?|une?|un)\s*(?:{_UNITS})\b"
    r"|\bjust now\b)"
)

# Words that may stand in a date line besides the date itself, in the order they are
# tried. At a digit only those that may start with one are tried, at a letter only those
# that may start with a letter (each keeps its place): the same matches, sooner.
_WORDS_AT_LETTER = (
    r"\b(?:today|yesterday|updated|published|posted|last|modified|on|at|ago|am|pm|ET|EST|EDT"
    r"|PST|PDT|GMT|UTC|BST|CET|just|now|de|às|à|um|uhr|le|el|del)\b"
)
_WORDS_AT_DIGIT = r"\b\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?|weeks?|[mhd])\b"
_AT_DIGIT = (_DMY, _NUMERIC, _YMD, rf"\b{TIME}", _AGO_AT_DIGIT, rf"\b\d{{1,2}}{_ORDINAL}?\b",
             r"\b(?:19|20)\d\d\b", _WORDS_AT_DIGIT)  # fmt: skip
_AT_LETTER = (
    _MDY,
    _AGO_AT_LETTER,
    _LEAD_TIME,
    rf"\b{_MONTH}(?=\s+\d)",
    rf"\b{_WEEKDAY}(?![^\W\d_])",
    _WORDS_AT_LETTER,
)


def _either(patterns: tuple[str | re.Pattern[str], ...]) -> str:
    texts = [p if isinstance(p, str) else p.pattern for p in patterns]
    return "|".join(re.sub(r"\?P<\w+>", "", text) for text in texts)  # one group name once


_DATE_WORDS = _COMPILED.compile(
    rf"(?=\d)(?:{_either(_AT_DIGIT)})|(?=[^\W\d_])(?:{_either(_AT_LETTER)})"
    r"|[+-]\d\d:?\d\d\b|[,|:·•/–—\-\s.]",  # "+0000": a time's offset
    re.IGNORECASE,
)
_TODAY = r"\b(?:today|yesterday)\b"
_AT_LETTER_DATES = (_MDY, _TODAY, _AGO_AT_LETTER, _LEAD_TIME)
_NUMBER_DATES = _either((_DMY, _NUMERIC, _YMD, rf"\b{TIME}", _AGO_AT_DIGIT))  # at a digit
_HAS_DATE = (
    _COMPILED.compile(  # ANY_DATE, TIME, today, AGO, "3 hours ago", at digits and at letters
        rf"(?=\d)(?:{_NUMBER_DATES}"
        r"|\b\d+\s*(?:minutes?|hours?|days?|[mhd])\s+ago\b)"
        rf"|(?=[^\W\d_])(?:{_either(_AT_LETTER_DATES)})",
        re.IGNORECASE,
    )
)

_START = _COMPILED.compile(  # a weekday before a date, ANY_DATE, TIME, AGO, today, "March 3"
    rf"(?=\d)(?:{_NUMBER_DATES})"
    rf"|(?=[^\W\d_])(?:\b{_WEEKDAY},?\s+(?=\d|{_MONTH})|{_either(_AT_LETTER_DATES)}"
    rf"|\b{_MONTH}\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)

_DIGIT = _COMPILED.compile(r"\d")


# What every date or time holds: a number that is a year, a time or some units ago, or
# one of a few words (today, yesterday, just now, ago). Asked number by number: a scan
# of the whole line is slower.
_NUMBER = _COMPILED.compile(r"\d+")
_AFTER_NUMBER = _COMPILED.compile(
    r"[:.]\d\d|\s?h\s?\d\d| ?[apAP][mM.]|\s*[^\W\d_]+\.?\s+(?:ago|atr|fa\b)"
)
_BEFORE_NUMBER = ("vor", "hace", "há", "ha", "y a")


def _maybe_date(text: str) -> bool:
    for match in _NUMBER.finditer(text):
        run = match.group()
        if len(run) >= 4 and run[:2] in ("19", "20"):
            return True
        if _AFTER_NUMBER.match(text, match.end()):
            return True
        before = text[max(0, match.start() - 6) : match.start()].rstrip().lower()
        if before.endswith(_BEFORE_NUMBER):
            return True
    lower = text.lower()  # the words of _RELATIVE_WORDS, asked without a loop
    return "today" in lower or "yesterday" in lower or " ago" in lower or "just now" in lower


@cache_text
def has_date(text: str) -> bool:
    if not _maybe_date(text):
        return False
    return _HAS_DATE.search(text) is not None


@cache_text
def is_date_line(text: str) -> bool:
    """A short line that is a date or time and little else ("Today, 12:54 am")."""
    text = text.strip()
    if not text or len(text) > 80 or not has_date(text):
        return False
    rest = _DATE_WORDS.sub(" ", text).strip()
    return len(rest) <= 2


def date_start(text: str) -> int | None:
    """Where the first date or time in the text starts (with its weekday), or None."""
    match = _START.search(text)
    return match.start() if match else None


def date_end(text: str) -> int:
    """Where the date and time that open the text end ("May 2, 2026 9:40 pm | Ann Lee"
    ends before "| Ann Lee"), or 0."""
    end = 0
    while (match := _DATE_WORDS.match(text, end)) and match.end() > end:
        end = match.end()
    return end if has_date(text[:end]) else 0


def iso_date(text: str, day_first: bool | None = None) -> str | None:
    """The first full calendar date in the text, as YYYY-MM-DD.

    ``day_first`` reads a number date whose day and month could be swapped
    ("05.11.2023"); None: day first with dots, month first otherwise.
    """
    best: tuple[int, str] | None = None
    for pattern in (*_PATTERNS, _SHORT_YEAR):
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
    year = int(groups["y"][:4])
    if year < 100:  # "03/14/24"
        year += 2000 if year < 70 else 1900
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def yearless_date(text: str, year: int) -> str | None:
    """A month and day printed without their year ("Posted May 2, 9:40 AM"), in ``year``."""
    match = _NO_YEAR.search(text)
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
    found = [*_NUMERIC.finditer(text), *_SHORT_YEAR.finditer(text)]
    return [(int(m.group("a")), int(m.group("b"))) for m in found]


def spelled_orders(text: str) -> tuple[bool, bool]:
    """Does the text spell a date day first ("5 November 2019"), month first ("November
    5, 2019")?"""
    if not _DIGIT.search(text):
        return False, False
    return _DMY.search(text) is not None, _MDY.search(text) is not None
