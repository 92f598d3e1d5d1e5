"""The parts of records cut from a repeated group (comment_strides.py): its header
over the text and its footer under it; in them the author (the place whose names
differ most from record to record), the date (the place that holds a date in most
records: a group with none is no comment list, but for four records or more each
signed, most by a writer of their own), the lines every record repeats word
for word (actions: buttons) and the rest (header lines).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.ingest.comment_authors import trim_authors
from reader.ingest.comment_forms import holds_text, label_of
from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_spans import CommentSpan
from reader.ingest.comment_stride_dates import date_in, date_place
from reader.ingest.comment_stride_ends import GAP
from reader.ingest.comment_stride_names import Words, author_place, name_in, template_words
from reader.ingest.comment_undated import all_named, said_alone
from reader.ingest.lines import Line
from reader.ingest.mentions import leading_mentions
from reader.ingest.writers_named import answer_one_another

UNDATED = 4  # undated records make a list from this many, each signed, most by its own
# writer, their group two lines at least (a subhead or a speaker's name alone is none)
# or one, a writer's label in brackets before a sentence (comment_undated.py)
# "21:04", "2d", "3 hours ago"; not "4 March 2026", a day
_AGE_OR_CLOCK = re.compile(r"\d:\d\d|^\d{1,3}\s?[^\W\d_](?!.*\d{4})")


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
    dated = date_place(lines, places)
    if dated is None and (
        len(spans) < UNDATED
        or (len(group) < 2 and split < len(group) and not said_alone(lines, places))
    ):  # comments are dated, or each a line its writer's label opens ("<ann> …") or signs
        return []  # a page's repeated menus and subheads are not
    day_items = dated is not None and _one_day(lines, places, dated, constant)
    constant.discard(dated)  # "2d · Like" on two records of three is a date still
    words = template_words(lines, places)
    author = author_place(lines, places, constant, words)
    if day_items and (author is None or not _answer(lines, spans, places, author, words)):
        return []  # a day's teasers, not comments
    if dated is None:
        while spans and author not in places[-1]:  # the page's footer under the last
            spans, places = spans[:-1], places[:-1]
        signs = len(group) < 2 and split == len(group)  # one line under each text
        if len(spans) < UNDATED or not all_named(lines, places, author, words, signs):
            return []
    for span, at in zip(spans, places, strict=True):
        span.meta = tuple(
            sorted(at[p] for p in at if p >= 0 and p not in constant and not holds_text(group[p]))
        )
        span.buttons = tuple(sorted(at[p] for p in at if p in constant or p < 0))
        if author is not None and author in at:
            span.author = name_in(lines[at[author]].text, words, author)
        if dated in at:
            span.date_text = date_in(lines[at[dated]].text)
        said = [at[p] for p in at if p >= 0 and holds_text(group[p])]
        if said and (
            named := leading_mentions(
                lines[said[0]].text[len(label_of(lines[said[0]].text)) :].lstrip(": \t")
            )
        ):
            span.answers = named[0]
    trim_authors(spans)  # a name line's badge, place or address is no part of the name
    return spans


def _one_day(
    lines: list[Line], places: list[dict[int, int]], dated: int, constant: set[int]
) -> bool:
    """Are most records dated one day, with no time?"""
    if dated not in constant:
        return False  # the cheap test first: the dates of a real list differ
    days = Counter(date_in(lines[at[dated]].text) or "" for at in places if dated in at)
    return not _AGE_OR_CLOCK.search(days.most_common(1)[0][0])


def _answer(
    lines: list[Line],
    spans: list[CommentSpan],
    places: list[dict[int, int]],
    author: int,
    words: Words,
) -> bool:
    """Do the records answer one another (writers_named.py)?"""
    signs = [at.get(author, -1) for at in places]
    names = [name_in(lines[k].text, words, author) if k >= 0 else None for k in signs]
    return answer_one_another(lines, spans, names, signs)


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
