"""The parts of records cut from a repeated group (comment_strides.py): its header
over the text and its footer under it; in them the author (the place whose names
differ most from record to record), the date (the place that holds a date in most
records: a group with none is no comment list), the lines every record repeats word
for word (actions: buttons) and the rest (header lines).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.ingest.comment_authors import trim_authors
from reader.ingest.comment_forms import holds_text, label_of
from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_spans import CommentSpan, is_name
from reader.ingest.comment_stride_ends import GAP
from reader.ingest.dates import date_end, date_start, has_date
from reader.ingest.lines import Line
from reader.ingest.mentions import leading_mentions

_PIECES = re.compile(r"\s*(?:[·•|—–\t\[\]():]|\s-\s)\s*")
_AGE = re.compile(r"(?:^|[\s·•|,])(\d{1,3}\s?(?:[smhdwy]|min|mins|hrs?|mo))(?=$|[\s·•|,])")
_AGE_OR_CLOCK = re.compile(r"\d:\d\d|^\d{1,3}\s?[^\W\d_]")  # "21:04", "2d", "3 hours ago"
_NUMBER_WORD = re.compile(r"(?:^|\s)\d[\d,.]*(?:\s|$)")


@dataclass
class Template:
    """The forms a group repeats, the anchor's place in it, and where a record starts."""

    forms: list[str]
    at: int
    split: int = 0


def name_records(
    lines: list[Line], forms: list[str | None], template: Template, spans: list[CommentSpan]
) -> list[CommentSpan]:
    group, split = template.forms, template.split
    places = [_places(forms, group, split, span) for span in spans]
    constant = {
        p
        for p in range(len(group))
        if (texts := Counter(lines[at[p]].text for at in places if p in at))
        and texts.most_common(1)[0][1] >= SHARE * len(spans) > 1
    }
    dated = _date_place(lines, places)
    if dated is None:
        return []  # comments are dated; a page's repeated menus and subheads are not
    days = Counter(_date_in(lines[at[dated]].text) or "" for at in places if dated in at)
    if dated in constant and not _AGE_OR_CLOCK.search(days.most_common(1)[0][0]):
        return []  # most records on one day and no time: a day's teasers, not comments
    constant.discard(dated)  # "2d · Like" on two records of three is a date still
    author = _author_place(lines, places, constant)
    for span, at in zip(spans, places, strict=True):
        span.meta = tuple(
            sorted(at[p] for p in at if p >= 0 and p not in constant and not holds_text(group[p]))
        )
        span.buttons = tuple(sorted(at[p] for p in at if p in constant or p < 0))
        if author is not None and author in at:
            span.author = _name_in(lines[at[author]].text)
        if dated in at:
            span.date_text = _date_in(lines[at[dated]].text)
        said = [at[p] for p in at if p >= 0 and holds_text(group[p])]
        if said and (
            named := leading_mentions(
                lines[said[0]].text[len(label_of(lines[said[0]].text)) :].lstrip(": \t")
            )
        ):
            span.answers = named[0]
    trim_authors(spans)  # a name line's badge, place or address is no part of the name
    return spans


def _places(
    forms: list[str | None], group: list[str], split: int, span: CommentSpan
) -> dict[int, int]:
    """The line of each of the group's places the record holds: its header's at its
    start, its footer's at its end."""
    at: dict[int, int] = {}
    head, foot = group[split:], group[:split]
    if forms[span.start : span.start + len(head)] == head:
        at.update((split + k, span.start + k) for k in range(len(head)))
    for end in range(span.end, max(span.end - GAP, span.start + len(at)) - 1, -1):
        if (
            foot
            and end - len(foot) >= span.start + len(at)
            and forms[end - len(foot) : end] == foot
        ):
            at.update((k, end - len(foot) + k) for k in range(len(foot)))
            at.update((-k, k) for k in range(end, span.end))  # "View 4 more replies" under it
            break
    return at


def _author_place(
    lines: list[Line], places: list[dict[int, int]], constant: set[int]
) -> int | None:
    names: dict[int, set[str]] = {}
    for at in places:
        for p, i in at.items():
            if p >= 0 and p not in constant and (name := _name_in(lines[i].text)):
                names.setdefault(p, set()).add(name)
    if not names:
        return None
    return max(names, key=lambda p: (len(names[p]), -p))


def _date_place(lines: list[Line], places: list[dict[int, int]]) -> int | None:
    dated = Counter(
        p
        for at in places
        for p, i in at.items()
        if p >= 0 and _date_span(label_of(lines[i].text)) is not None
    )
    if not dated:
        return None
    place, count = dated.most_common(1)[0]
    return place if count >= SHARE * len(places) else None


def _name_in(text: str) -> str | None:
    """The first piece of a header line that is a name, the date and marks taken out."""
    label = label_of(text)
    if (dated := _date_span(label)) is not None:
        label = label[: dated[0]] + "\t" + label[dated[1] :]
    for piece in _PIECES.split(label):
        if piece and is_name(piece) and not _NUMBER_WORD.search(piece):
            return piece
    return None


def _date_in(text: str) -> str | None:
    label = label_of(text)
    dated = _date_span(label)
    return label[dated[0] : dated[1]].strip() or None if dated is not None else None


def _date_span(label: str) -> tuple[int, int] | None:
    """Where a date, a time or a post's age ("2d", "3 h") stands in a header line."""
    if has_date(label) and (start := date_start(label)) is not None:
        end = date_end(label[start:])
        return start, start + end if end else len(label)
    age = _AGE.search(label)
    return (age.start(1), age.end(1)) if age is not None else None
