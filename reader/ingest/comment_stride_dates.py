"""The date of records cut from a repeated group (comment_strides.py): the place of
the group that holds a date, a time or a post's age ("2d", "3 h") in most records, and
that date in a header line."""

from __future__ import annotations

import re
from collections import Counter

from reader.ingest.comment_forms import label_of
from reader.ingest.comment_line_kinds import AGE, SHARE
from reader.ingest.dates import date_end, date_start, has_date
from reader.ingest.lines import Line

_AGE = re.compile(rf"(?:^|[\s·•|,])({AGE})(?=$|[\s·•|,])")


def date_place(lines: list[Line], places: list[dict[int, int]]) -> int | None:
    """The group's place that holds a date in most records (``places``: each record's
    line of each place)."""
    dated = Counter(
        p
        for at in places
        for p, i in at.items()
        if p >= 0 and date_span(label_of(lines[i].text)) is not None
    )
    if not dated:
        return None
    place, count = dated.most_common(1)[0]
    return place if count >= SHARE * len(places) else None


def date_in(text: str) -> str | None:
    label = label_of(text)
    dated = date_span(label)
    return label[dated[0] : dated[1]].strip() or None if dated is not None else None


def date_span(label: str) -> tuple[int, int] | None:
    """Where a date, a time or a post's age ("2d", "3 h") stands in a header line."""
    if has_date(label) and (start := date_start(label)) is not None:
        end = date_end(label[start:])
        return start, start + end if end else len(label)
    age = _AGE.search(label)
    return (age.start(1), age.end(1)) if age is not None else None
