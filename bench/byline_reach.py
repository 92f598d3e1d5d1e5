"""Whether a page's right author and date are there to be found in its text copy at all.

Used by bench/realpages.py --reach: for each group of pages (dev, held out) it prints counts
only (no page id, no text): how many pages have a truth author, on how many every truth
name stands in the copy word for word (case and spacing aside), and on how many of those
reader's authors are not exactly right; the same for the date, written in any of the
common English or numeric ways, and of the date misses, how many are a wrong date (another
date the copy writes, or one it does not: a number date read in the wrong order) and how
many are no date at all (a wrong date a day off the truth is most often the page's own
date and time in the publisher's zone, where the truth gives the UTC day). A miss on a
page whose truth is in the copy is reachable; a miss on one whose truth is not is the
publisher's markup, out of a text copy's reach.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from typing import Any

_MONTHS = [calendar.month_name[m].lower() for m in range(1, 13)]


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", _norm(text)))


def authors_in_copy(copy: str, authors: list[str]) -> bool:
    """Every truth name's words stand together in the copy (punctuation aside)."""
    flat = f" {_words(copy)} "
    names = [w for a in authors if (w := _words(a))]
    return bool(names) and all(f" {n} " in flat for n in names)


def _renderings(day: datetime.date) -> list[str]:
    month = _MONTHS[day.month - 1]
    y, m, d = day.year, day.month, day.day
    shorts = {month, month[:3], month[:3] + ".", month[:4] + "."}
    written = []
    for name in shorts:
        for dd in {str(d), f"{d:02d}", f"{d}st", f"{d}nd", f"{d}rd", f"{d}th"}:
            written += [f"{name} {dd}, {y}", f"{name} {dd} {y}", f"{dd} {name} {y}"]
            written += [f"{dd} {name}, {y}", f"{dd} {name}. {y}", f"{dd}. {name} {y}"]
    numeric = [f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}.{m:02d}.{d:02d}"]
    for a, b in ((m, d), (d, m)):
        for sep in "/.-":
            numeric += [f"{a}{sep}{b}{sep}{y}", f"{a:02d}{sep}{b:02d}{sep}{y}"]
            numeric += [f"{a}{sep}{b}{sep}{y % 100:02d}", f"{a:02d}{sep}{b:02d}{sep}{y % 100:02d}"]
    return written + numeric


def date_in_copy(copy: str, iso: str) -> bool:
    """The truth day is written in the copy in one of the common ways."""
    try:
        day = datetime.date.fromisoformat(iso[:10])
    except ValueError:
        return False
    flat = _norm(copy)
    for form in _renderings(day):
        at = flat.find(form)
        while at != -1:
            before = flat[at - 1] if at else " "
            after = flat[at + len(form)] if at + len(form) < len(flat) else " "
            if not before.isalnum() and not after.isdigit():
                return True
            at = flat.find(form, at + 1)
    return False


def reach_line(label: str, pages: list[tuple[str, dict[str, Any], dict[str, Any]]]) -> str:
    """One aggregate line: (copy, truth, scored row) per page; counts only."""
    au = [(c, t, r) for c, t, r in pages if t.get("authors")]
    au_in = [r for c, t, r in au if authors_in_copy(c, t["authors"])]
    au_miss = sum(1 for r in au_in if not r.get("authors_exact"))
    au_none = sum(1 for r in au_in if not r.get("authors_exact") and not r.get("got_authors"))
    da = [(c, t, r) for c, t, r in pages if t.get("date")]
    da_in = [r for c, t, r in da if date_in_copy(c, t["date"])]
    da_miss = sum(1 for r in da_in if not r.get("date_exact"))
    da_none = sum(1 for r in da_in if not r.get("date_exact") and not r.get("got_date"))
    da_other = sum(
        1
        for c, t, r in da
        if date_in_copy(c, t["date"])
        and not r.get("date_exact")
        and r.get("got_date")
        and date_in_copy(c, str(r["got_date"]))
    )
    out_au, out_da = len(au) - len(au_in), len(da) - len(da_in)
    da_1d = sum(1 for r in da_in if not r.get("date_exact") and r.get("date_1d"))
    return (
        f"reach, {label}: authors {len(au)} pages, in copy {len(au_in)}, of those missed "
        f"{au_miss}, {au_none} of them empty (not in copy {out_au}); date {len(da)} pages, "
        f"in copy {len(da_in)}, of those right {len(da_in) - da_miss}, wrong "
        f"{da_miss - da_none} ({da_other} another date of the copy, {da_miss - da_none - da_other}"
        f" a date the copy does not write; {da_1d} of the wrong a day off), none {da_none}"
        f" (not in copy {out_da})"
    )
