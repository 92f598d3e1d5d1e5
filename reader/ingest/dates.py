"""Recognising date and time lines, and reading an ISO date out of them."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?"
TIME = (
    r"\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?|AM|PM|A\.M\.|P\.M\.)?"
    r"(?:\s*(?:[A-Z]{2,4}T|ET|PT|CT|GMT|UTC))?"
)
_MDY = re.compile(
    rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b"
)
_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH}),?\s+(?P<y>(?:19|20)\d\d)\b")
_NUMERIC = re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)\d\d)\b")
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")

ANY_DATE = re.sub(r"\?P<\w+>", "", "|".join(p.pattern for p in (_MDY, _DMY, _NUMERIC, _ISO)))

# Words that may stand in a date line besides the date itself.
_DATE_WORDS = re.compile(
    rf"{ANY_DATE}|\b{TIME}|\b{_MONTH}(?=\s+\d)|\b{_WEEKDAY}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\b|\b(?:19|20)\d\d\b"
    r"|\b(?:today|yesterday|updated|published|posted|last|modified|on|at|ago|am|pm|ET|EST|EDT"
    r"|PST|PDT|GMT|UTC|BST|CET|just|now|\d+\s*(?:min|mins|minutes?|hrs?|hours?|days?|weeks?|[mhd]))\b"
    r"|[,|:·•/–—\-\s.]",
    re.IGNORECASE,
)
_HAS_DATE = re.compile(
    rf"{ANY_DATE}|\b{TIME}"
    r"|\b(?:today|yesterday)\b|\b\d+\s*(?:minutes?|hours?|days?|[mhd])\s+ago\b",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


def has_date(text: str) -> bool:
    if text.isascii() and _DIGIT.search(text) is None:
        lower = text.lower()  # every date pattern needs a digit, or one of these words
        if "today" not in lower and "yesterday" not in lower:
            return False
    return _HAS_DATE.search(text) is not None


def is_date_line(text: str) -> bool:
    """A short line that is a date or time and little else ("Today, 12:54 am")."""
    text = text.strip()
    if not text or len(text) > 80 or not has_date(text):
        return False
    rest = _DATE_WORDS.sub(" ", text).strip()
    return len(rest) <= 2


def iso_date(text: str) -> str | None:
    """The first full calendar date in the text, as YYYY-MM-DD."""
    best: tuple[int, str] | None = None
    for pattern in (_MDY, _DMY, _NUMERIC, _ISO):
        match = pattern.search(text)
        if not match:
            continue
        month_text = match.group("m")
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower()[:3], 0)
        try:
            value = date(int(match.group("y")), month, int(match.group("d"))).isoformat()
        except ValueError:
            continue
        if best is None or match.start() < best[0]:
            best = (match.start(), value)
    return best[1] if best else None
