"""The cheap tests a text passes before the date patterns are tried on it (has_date):
every date or time holds a number that is a year, a time or some units ago, or one of a
few words (today, yesterday, just now, ago); a month and day without their year holds a
month's word beside a number. Most lines of a page hold none, and are turned away here
at a fraction of the patterns' cost.
"""

from __future__ import annotations

from reader.ingest.months import MONTHS
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

# What every date or time holds: a number that is a year, a time or some units ago, or
# one of a few words (today, yesterday, just now, ago). Asked number by number: a scan
# of the whole line is slower.
_NUMBER = _COMPILED.compile(r"\d+")
_DIGIT = _COMPILED.compile(r"\d")
_YEAR_RUN = _COMPILED.compile(r"(?<!\d)(?:19|20)\d\d")  # four digits or more: "19…", "20…"
_AFTER_NUMBER = _COMPILED.compile(
    r"[:.]\d\d|\s?h\s?\d\d| ?[apAP][mM.]|\s*[^\W\d_]+\.?\s+(?:ago|atr|fa\b)"
)
_BEFORE_NUMBER = ("vor", "hace", "há", "ha", "y a")


def maybe_date(text: str) -> bool:
    """Might the text hold a date? False only when it cannot (has_date asks first)."""
    digit = _DIGIT.search(text)  # the cheap test first: a third the cost of the loop's
    if digit is not None and _YEAR_RUN.search(text, digit.start()):
        return True  # a number that may be a year: one search, not a loop over numbers
    for match in _NUMBER.finditer(text, digit.start()) if digit is not None else ():
        if _AFTER_NUMBER.match(text, match.end()):
            return True
        before = text[max(0, match.start() - 6) : match.start()].rstrip().lower()
        if before.endswith(_BEFORE_NUMBER):
            return True
    return relative_words(text)


def relative_words(text: str) -> bool:
    """Does the text hold a word every date without a number holds (today, yesterday,
    ago, just now)? A text with no digit has a date only then (has_date)."""
    lower = text.lower()  # the words asked without a loop
    return "today" in lower or "yesterday" in lower or " ago" in lower or "just now" in lower


YEARLESS_LONGEST = 48  # characters: "Posted on Wednesday, September 24th at 10:45 PM"
_LETTERS = _COMPILED.compile(r"[^\W\d_]+")


def maybe_yearless(text: str) -> bool:
    """Might the text be a month and day without their year? Short, a digit and a month's
    word: a third of the pattern's cost on the short lines it is asked of."""
    if len(text) > YEARLESS_LONGEST or _DIGIT.search(text) is None:
        return False
    return not MONTHS.keys().isdisjoint(_LETTERS.findall(text.lower()))
