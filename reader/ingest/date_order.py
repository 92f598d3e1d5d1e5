"""Which number of a date like 04/05/2026 a page writes first, the day or the month.

The page's own dates tell first: one that can only be read one way ("21/06/2014"), else
the way it spells its dates ("5 November 2019" or "November 5, 2019"). Failing those,
its clues: the time zones it prints (GMT, CET are day-first places; EST, PT are the US),
then the language it declares (``lang="en-GB"``, ``"fr"``: the day first; English of a
place that writes the month first, the US or the Philippines, or of no place says
nothing), then the language of its prose (day first everywhere but in English), then its
money: an English page that prices in pounds (£) or euros and never in dollars is written where
the day comes first ("pounds" spelled out may be a weight).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.ingest.dates import number_pairs, spelled_orders

_DAY_FIRST_ZONES = re.compile(r"\b(?:GMT|BST|CET|CEST|EET|EEST|WET|IST|AEST|AEDT|SAST|MEZ|MESZ)\b")
_MONTH_FIRST_ZONES = re.compile(r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|ET|PT|CT)\b")
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(["the", "and", "of", "to", "is", "in", "that", "for", "with", "was"])
_OTHER = frozenset(
    ["der", "die", "und", "das", "ist", "nicht", "les", "et", "est", "une", "des", "los",
     "las", "que", "por", "con", "della", "che", "il", "het", "een", "van", "och", "att",
     "och", "og", "på", "av", "não", "uma", "com", "para", "się", "nie", "jest"]
)  # fmt: skip
_AMOUNT = r"\d[\d.,]*\s?(?:m|bn|million|billion|thousand)?\s?"
_DAY_FIRST_MONEY = re.compile(rf"[£€]\s?\d|{_AMOUNT}(?:€|euros?\b)")
_DOLLARS = re.compile(rf"\$\s?\d|{_AMOUNT}dollars?\b")
_MONTH_FIRST_PLACES = frozenset(["us", "ph", "as", "gu", "mp", "pr", "um", "vi"])  # in English
LANGUAGE_WORDS = 2000  # words of the page read for its language


def day_first_page(
    dated: list[str], prose: Iterable[str] = (), lang: str | None = None
) -> bool | None:
    """Does the page write number dates day first? ``dated``: its lines that hold a date;
    ``prose``: its text, for its language; ``lang``: the language it declares ("en-GB").
    None when nothing tells."""
    spelled = {True: 0, False: 0}
    for text in dated:
        for a, b in number_pairs(text):
            if a > 12 >= b:
                return True
            if b > 12 >= a:
                return False
        day_month, month_day = spelled_orders(text)
        spelled[True] += day_month
        spelled[False] += month_day
    if spelled[True] != spelled[False] and not (spelled[True] and spelled[False]):
        return spelled[True] > 0
    return _clues(dated, prose, lang)


def declared_day_first(lang: str | None) -> bool | None:
    """True when a declared language writes the day first; None for English of the US, of
    another place that writes the month first, or of no place."""
    language, _, place = (lang or "").strip().lower().replace("_", "-").partition("-")
    place = place.partition("-")[0]
    if not language or (language == "en" and (not place or place in _MONTH_FIRST_PLACES)):
        return None
    return True


def _clues(dated: list[str], prose: Iterable[str], lang: str | None) -> bool | None:
    day = sum(_DAY_FIRST_ZONES.search(t) is not None for t in dated)
    month = sum(_MONTH_FIRST_ZONES.search(t) is not None for t in dated)
    if day != month:
        return day > month
    if (declared := declared_day_first(lang)) is not None:
        return declared
    english = other = seen = 0
    day_money = dollars = False
    for text in prose:
        for word in _WORD.findall(text.lower()):
            english += word in _ENGLISH
            other += word in _OTHER
            seen += 1
        day_money = day_money or _DAY_FIRST_MONEY.search(text) is not None
        dollars = dollars or _DOLLARS.search(text) is not None
        if seen >= LANGUAGE_WORDS:
            break
    if other > english:
        return True  # a page not in English writes the day first
    if day_money and not dollars:
        return True
    return None
