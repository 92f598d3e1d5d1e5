"""Recognising date and time lines: has_date, is_date_line, where a date starts and
ends; the ISO date read out of them is date_values.py's (importable from here too), the
patterns date_patterns.py's.

Dates come month first ("Nov. 5, 2024", "AUGUST 23, 2020"), day first ("3rd March 2022",
"Tue 14 Nov 2023", "27. Januar 2014", "4 de março de 2024"), as numbers ("05.11.2023",
"11/19/2019", "2024-03-05T09:41:27Z", "2018年8月16日") or relative ("3 hours ago"). A
number date whose day cannot be told from its month is read day first with dots and
month first with slashes and dashes, unless the caller knows the page's order.
"""

from __future__ import annotations

import re

from reader.ingest.date_patterns import (
    AGO_AT_DIGIT,
    AGO_AT_LETTER,
    ANY_DATE,
    DMY,
    LEAD_TIME,
    MDY,
    MONTH_WORD,
    NO_YEAR,
    NUMERIC,
    ORDINAL,
    SHORT_DOTTED,
    TIME,
    WEEKDAY_WORD,
    YMD,
)
from reader.ingest.date_pretests import maybe_date, maybe_yearless, relative_words
from reader.ingest.date_values import (
    iso_date,
    number_pairs,
    spelled_orders,
    yearless_date,
)
from reader.ingest.months import DATE_LINE_WORDS
from reader.ingest.text_cache import cache_text
from reader.pattern_cache import Patterns

__all__ = [  # the reading of dates (date_values.py) stays importable from here
    "ANY_DATE", "TIME", "date_end", "date_start", "has_date", "is_date_line",
    "is_yearless_date_line", "iso_date", "number_pairs", "relative_words", "spelled_orders",
    "yearless_date",
]  # fmt: skip

_COMPILED = Patterns(__spec__.cached)  # the patterns below take a while to compile: once


# Words that may stand in a date line besides the date itself, in the order they are
# tried. At a digit only those that may start with one are tried, at a letter only those
# that may start with a letter (each keeps its place): the same matches, sooner.
_WORDS_AT_LETTER = (
    r"\b(?:today|yesterday|updated|published|posted|last|modified|on|the|of|at|ago|am|pm|ET|EST|EDT"
    r"|PST|PDT|GMT|UTC|BST|CET|just|now|de|às|à|um|uhr|le|el|del|"
    + "|".join(DATE_LINE_WORDS)
    + r")\b"
)
_WORDS_AT_DIGIT = r"\b\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?|weeks?|[mhd])\b"
_AT_DIGIT = (DMY, NUMERIC, YMD, rf"\b{TIME}", AGO_AT_DIGIT, rf"\b\d{{1,2}}{ORDINAL}?\b",
             r"\b(?:19|20)\d\d\b", _WORDS_AT_DIGIT)  # fmt: skip
_AT_LETTER = (
    MDY,
    AGO_AT_LETTER,
    LEAD_TIME,
    rf"\b{MONTH_WORD}(?=\s+\d)",
    rf"\b{WEEKDAY_WORD}(?![^\W\d_])",
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
_AT_LETTER_DATES = (MDY, _TODAY, AGO_AT_LETTER, LEAD_TIME)
_NUMBER_DATES = _either((DMY, NUMERIC, YMD, SHORT_DOTTED, rf"\b{TIME}", AGO_AT_DIGIT))  # at a digit
_HAS_DATE = (
    _COMPILED.compile(  # ANY_DATE, TIME, today, AGO, "3 hours ago", at digits and at letters
        rf"(?=\d)(?:{_NUMBER_DATES}"
        r"|\b\d+\s*(?:minutes?|hours?|days?|[mhd])\s+ago\b)"
        rf"|(?=[^\W\d_])(?:{_either(_AT_LETTER_DATES)})",
        re.IGNORECASE,
    )
)

# A weekday before a date or time ("Wednesday at 8:29 am"), ANY_DATE, TIME, AGO, today, "March 3"
_START = _COMPILED.compile(
    rf"(?=\d)(?:{_NUMBER_DATES})"
    rf"|(?=[^\W\d_])(?:\b{WEEKDAY_WORD},?\s+(?:at\s+)?(?=\d|{MONTH_WORD})|{_either(_AT_LETTER_DATES)}"
    rf"|\b{MONTH_WORD}\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)


@cache_text
def has_date(text: str) -> bool:
    if not maybe_date(text):
        return False
    return _HAS_DATE.search(text) is not None


@cache_text
def is_date_line(text: str) -> bool:
    """A short line that is a date or time and little else ("Today, 12:54 am")."""
    text = text.strip()
    if not text or len(text) > 80 or not has_date(text):
        return False
    return _little_else(text)


def _little_else(text: str) -> bool:
    """Is there little left of a date line once its date's words are taken out?"""
    return len(_DATE_WORDS.sub(" ", text).strip()) <= 2


_FIRST_PIECE = re.compile(r"\s+[·•|]\s+")  # a line's pieces, as a header parts them


def is_yearless_date_line(text: str) -> bool:
    """A short line that is a month and a day without their year and little else
    ("Monday, March 4th", "4th March", "Mar 4, 9:40 am"), or that opens with that date as
    a piece of its own before what the page adds ("Mar 4 · 5 min read", "Mar 4 | News")."""
    text = text.strip()
    if "·" in text or "•" in text or "|" in text:  # most lines have no pieces: no split
        text = _FIRST_PIECE.split(text, 1)[0]
    if not maybe_yearless(text) or (day := NO_YEAR.search(text)) is None:
        return False
    return _little_else(text[: day.start()] + " " + text[day.end() :])


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
