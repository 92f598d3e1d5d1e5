"""A day without its year at the end of a comment's header or date line ("Mar 4",
"Ann Lee · 4 March", "#12 · Mar 4"), read from the line's last two words without a
pattern (comment_line_kinds.py asks it of lines with a digit)."""

from __future__ import annotations

from reader.ingest.comment_spans import AROUND, is_name
from reader.ingest.months import MONTHS


def day_at_end(text: str) -> int | None:
    """Where a day without its year that ends the line starts ("Mar 4", "4 March."), or
    None: its last two words, a month's and one or two digits, read without a pattern."""
    last = text[-1]
    if len(text) > 80:  # a name, a mark and a day at most
        return None
    if last.isdigit():  # the cheap tests first: a day of one or two digits after a space
        if text[-2:-1] != " " and not (text[-2:-1].isdigit() and text[-3:-2] == " "):
            return None
    elif (
        not (last.isalpha() or last == ".")
        or text[text.rfind(" ") + 1 :].rstrip(".").lower() not in MONTHS
    ):
        return None  # nor a month's name
    words = text.rstrip(".").rsplit(None, 2)[-2:]
    if len(words) < 2:
        return None
    first, last = words
    if last.isdecimal() and len(last) <= 2:
        month = first.rstrip(".").lower()
    elif first.rstrip(".").isdecimal() and len(first.rstrip(".")) <= 2:
        month = last.lower()
    else:
        return None
    return text.rindex(first) if month in MONTHS and month.isalpha() else None


def day_letter(text: str, start: int) -> str:
    """A day without its year at the line's end ("Mar 4", "#12 · 4 March"): D alone or
    after a number, H after a name and a mark ("Ann Lee · Mar 4"), else none."""
    before = text[:start]
    name = before.strip(AROUND)
    if not name or name.lstrip("#").isdecimal():
        return "D"
    marked = before.rstrip(" ")[-1:] in ("·", "•", "|", ",", "–", "—", "-")
    return "H" if marked and is_name(name) else ""


def day_before(prefix: str) -> str:
    """The letter of a time after a day without its year, given what stands before the
    time ("3 Mar at 22:09": "3 Mar", D; "Ann Lee · 3 Mar, 22:09": H), or "" when no
    such day ends it."""
    day = day_at_end(prefix) if prefix[-1:].isalnum() else None
    return day_letter(prefix, day) if day is not None else ""
