"""The date forms comment templates print, for bench/layout_pages.py.

Each form writes the k-th comment's date from its time (minutes after the first
comment's): absolute forms in several orders and languages, with or without the time,
and relative ones ("3 hours ago", "2d", "yesterday at 9:14") counted back from now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Stamp = Callable[[dt.datetime, int], str]  # (when, minutes before "now") -> the printed date

EN = "January February March April May June July August September October November December"
DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
IT = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
NL = "januari februari maart april mei juni juli augustus september oktober november december"
PL = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października"
PL += " listopada grudnia"  # the genitive a Polish date puts after the day
LANGS = (("en", EN), ("de", DE), ("es", ES), ("fr", FR), ("it", IT), ("nl", NL), ("pl", PL))
MONTHS = {lang: words.split() for lang, words in LANGS}


def _month(when: dt.datetime, lang: str = "en", short: bool = False) -> str:
    word = MONTHS[lang][when.month - 1]
    return word[:3] if short else word


def _clock12(when: dt.datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'am' if when.hour < 12 else 'pm'}"


def _ago(minutes: int) -> str:
    if minutes < 60:
        return f"{max(minutes, 1)} min ago"
    if minutes < 24 * 60:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours > 1 else ''} ago"
    days = minutes // (24 * 60)
    return f"{days} day{'s' if days > 1 else ''} ago"


def _short_ago(minutes: int) -> str:
    if minutes < 60:
        return f"{max(minutes, 1)}m"
    if minutes < 24 * 60:
        return f"{minutes // 60}h"
    return f"{minutes // (24 * 60)}d"


def _yesterday(when: dt.datetime, ago: int) -> str:
    day = "Today" if ago < 10 * 60 else "Yesterday"
    return f"{day} at {when.hour}:{when.minute:02d}"


def _day_word(when: dt.datetime, ago: int) -> str:
    """Today, Yesterday, or the weekday, as pages say of the last week's comments."""
    if ago < 10 * 60:
        return "Today"
    return "Yesterday" if ago < 34 * 60 else f"{when:%A}"


def _relative(minutes: int, units: tuple[str, str, str], form: str) -> str:
    """ "il y a 3 heures", "vor 2 Tagen": a count of minutes, hours or days in a
    language's words ('units': their plural forms, the singular their first word)."""
    for size, unit in zip((24 * 60, 60, 1), reversed(units), strict=True):
        if minutes >= size or size == 1:
            count = max(minutes // size, 1)
            word = unit.split("|")[0 if count == 1 else 1]
            return form.format(n=count, unit=word)
    raise AssertionError


def _ordinal(day: int) -> str:
    """ "1st", "2nd", "3rd", "11th", "22nd"."""
    end = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{end}"


def _day_at(when: dt.datetime, ago: int) -> str:
    """ "today at 09:12", "yesterday at 14:02", "3 Mar at 14:02": lower case, 24 hours."""
    day = "today" if ago < 10 * 60 else "yesterday" if ago < 34 * 60 else f"{when.day} {when:%b}"
    return f"{day} at {when:%H:%M}"


DATES: dict[str, Stamp] = {
    "month-name": lambda w, a: f"{_month(w)} {w.day}, {w.year}",
    "month-name-time": lambda w, a: f"{_month(w)} {w.day}, {w.year} at {_clock12(w)}",
    "day-month-name": lambda w, a: f"{w.day} {_month(w)} {w.year}, {w.hour:02d}:{w.minute:02d}",
    "short-month": lambda w, a: f"{_month(w, short=True)} {w.day}, {w.year}",
    "day-first": lambda w, a: f"{w.day:02d}.{w.month:02d}.{w.year} {w.hour:02d}:{w.minute:02d}",
    "day-first-slash": lambda w, a: f"{w.day:02d}/{w.month:02d}/{w.year}",
    "month-first": lambda w, a: f"{w.month:02d}/{w.day:02d}/{w.year} {_clock12(w).upper()}",
    "iso": lambda w, a: f"{w:%Y-%m-%d}",
    "iso-time": lambda w, a: f"{w:%Y-%m-%d %H:%M}",
    "ago": lambda w, a: _ago(a),
    "short-ago": lambda w, a: _short_ago(a),
    "yesterday": _yesterday,
    "german": lambda w, a: f"{w.day}. {_month(w, 'de')} {w.year} um {w.hour}:{w.minute:02d} Uhr",
    "spanish": lambda w, a: f"{w.day} de {_month(w, 'es')} de {w.year}",
    # Forms added in session 23 (issue 13): a twelve-hour clock after a day word, no
    # year, a month-first date with a 24-hour clock.
    "day-word-pm": lambda w, a: f"{_day_word(w, a)} at {_clock12(w)}",
    "short-no-year": lambda w, a: f"{_month(w, short=True)} {w.day}",
    "slash-time": lambda w, a: f"{w.month:02d}/{w.day:02d}/{w.year} {w.hour:02d}:{w.minute:02d}",
    "french": lambda w, a: f"le {w.day} {_month(w, 'fr')} {w.year} à {w.hour}h{w.minute:02d}",
    # Forms added in session 25 (issue 13): relative dates in French and German, a lower
    # case day word with a 24-hour clock, a clock alone, a short month with "at" a clock.
    "il-y-a": lambda w, a: _relative(
        a, ("minute|minutes", "heure|heures", "jour|jours"), "il y a {n} {unit}"
    ),
    "vor": lambda w, a: _relative(
        a, ("Minute|Minuten", "Stunde|Stunden", "Tag|Tagen"), "vor {n} {unit}"
    ),
    "day-at-24": _day_at,
    "clock": lambda w, a: f"{w:%H:%M}",
    "short-at-24": lambda w, a: f"{_month(w, short=True)} {w.day}, {w.year} at {w:%H:%M}",
    # session 26's: a mail header's, an ordinal day, a weekday written out
    "rfc": lambda w, a: f"{w:%a}, {w.day:02d} {_month(w, short=True)} {w.year} {w:%H:%M:%S} +0000",
    "ordinal": lambda w, a: f"{_ordinal(w.day)} {_month(w)} {w.year}",
    "weekday-full": lambda w, a: f"{w:%A} {w.day} {_month(w)} {w.year}, {w:%H:%M}",
    # session 27's: a day before the month, no time; Italian with "alle" a 24-hour clock
    "day-month-year": lambda w, a: f"{w.day} {_month(w)} {w.year}",
    "italian": lambda w, a: f"{w.day} {_month(w, 'it')} {w.year} alle {w:%H:%M}",
    # session 28's: Dutch and Polish dates with "om"/"o" a clock, a German day with no
    # time, a Spanish post age ("hace 3 horas")
    "dutch": lambda w, a: f"{w.day} {_month(w, 'nl')} {w.year} om {w:%H:%M}",
    "polish": lambda w, a: f"{w.day} {_month(w, 'pl')} {w.year} o {w:%H:%M}",
    "german-day": lambda w, a: f"{w.day}. {_month(w, 'de')} {w.year}",
    "hace": lambda w, a: _relative(
        a, ("minuto|minutos", "hora|horas", "día|días"), "hace {n} {unit}"
    ),
    # session 31's: an image board's two-digit year, weekday in brackets, seconds
    "board": lambda w, a: f"{w:%m/%d/%y}({w:%a}){w:%H:%M:%S}",
    # session 35's: a chat's twelve-hour clock alone ("2:14 PM")
    "clock12": lambda w, a: _clock12(w).upper(),
}
