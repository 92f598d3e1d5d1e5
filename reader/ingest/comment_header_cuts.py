"""Cutting records of a header layout: each runs from its name lines and core to the
next record (a name over a badge or place that most records lack starts it too); the
header gives the author and the date (comment_header_names.py)."""

from __future__ import annotations

from collections import Counter

from reader.ingest.comment_authors import own_name
from reader.ingest.comment_copies import Seen, dates_apart, quoted
from reader.ingest.comment_header_names import (
    name_and_date,
    names_after_shared_words,
    names_under_letters,
)
from reader.ingest.comment_line_kinds import header_date
from reader.ingest.comment_shape_runs import stamp
from reader.ingest.comment_shapes import Layout
from reader.ingest.comment_spans import CommentSpan, initials_of
from reader.ingest.lines import Line


def _header_end(letters: str, core: int, signed_under: bool = False) -> int:
    """The index after a record's header: its core, the date lines under it, and in a
    layout that signs under the date, the "Ann wrote:" or name line."""
    j = core + 1
    while j < len(letters) and letters[j] == "D":
        j += 1
    return j + 1 if signed_under and j < len(letters) and letters[j] in "SN" else j


def headed(lines: list[Line], letters: str, shape: Layout, cores: list[int]) -> list[CommentSpan]:
    spans: list[CommentSpan] = []
    floor = 0  # a record keeps one line of text: the next one's names start below it
    seen, apart = Seen(), None  # pairs seen; do the dates tell comments apart (asked once)?
    names: Counter[str] | None = None  # the forms of the single name lines, when asked
    for core in cores:
        start = core
        while start > max(floor, core - shape.names) and letters[start - 1] == "N":
            start -= 1
        if shape.names and start > floor and letters[start - 1] == "N" and start < core:
            if not spans or (start - 1 > floor and letters[start - 2] == "A"):
                if names is None:
                    names = Counter(  # the forms of the names, without their badges
                        form
                        for c in cores
                        if (k := _name_over(letters, c))
                        for form in _name_forms(lines[k].text)
                    )
                start -= _over_badge(lines, start, names)
        elif shape.names and start == core and core - 2 >= floor and _badge_between(letters, core):
            start -= 2
        elif start == core > floor and letters[core] == "H" and _avatar_over(lines, core):
            start -= 1  # records that mostly lack one (deleted comments) still own theirs
        start = _from_avatar(lines, start, core)
        head_end = _header_end(letters, core, shape.signed_under)
        span = CommentSpan(start, head_end, meta=range(start, head_end))
        name_and_date(span, lines, letters, core, head_end)
        if quoted(span, spans, seen) and (
            apart := dates_apart(lines, letters, cores) if apart is None else apart
        ):
            continue
        if spans:
            spans[-1].end = start
        spans.append(span)
        floor = head_end + 1
    names_after_shared_words(spans)
    names_under_letters(spans, lines)
    return spans  # the last one ends at its header here: cut() finds its end


def _over_badge(lines: list[Line], start: int, names: Counter[str]) -> int:
    """1 when the name line right under a record's "Reply" is its writer's name over a
    badge or place ("ann77" over "Top contributor"), 0 when it is a button of the record
    before ("Load more replies"): the line shaped like the page's other names is the name,
    the upper one when neither is."""
    upper, lower = _name_forms(lines[start - 1].text), _name_forms(lines[start].text)
    side = 1 if upper[0] == lower[0] else 0  # alike but for capitals: "Top comment", "Ann Lee"
    return 1 if names[upper[side]] >= names[lower[side]] - 1 else 0  # the lower counted itself


def _name_over(letters: str, core: int) -> int:
    """The name line over a core: right over it, or over the badge the page repeats
    ("Ann Lee" over "Subscriber"); 0 for none."""
    if letters[core - 1] == "N":
        return core - 1
    return core - 2 if _badge_between(letters, core) else 0


def _name_forms(text: str) -> tuple[str, str]:
    """A name line's form (its words and numbers folded), and the same with which words
    open with a capital ("Top comment" is no "Ann Lee")."""
    name = own_name(text)
    form = stamp(name)
    return form, form + " " + "".join("A" if w[:1].isupper() else "a" for w in name.split())


def _from_avatar(lines: list[Line], start: int, core: int) -> int:
    """Where a header starts that holds an avatar's initials over the name ("DK" over
    "Dmitri Kowal @dk"): at the initials, the lines over them the record's above ("Show
    7 more replies")."""
    for k in range(start, core - 1):
        if len(lines[k].text) <= 3 and initials_of(lines[k].text, lines[k + 1].text):
            return k
    return start


def _avatar_over(lines: list[Line], core: int) -> bool:
    """Are the line over a header line the initials of the name it gives ("AL" over
    "Ann Lee · 2h")?"""
    text = lines[core].text
    return initials_of(lines[core - 1].text, text[: header_date(text)])


def _badge_between(letters: str, core: int) -> bool:
    """A name over an action line the page repeats, over the date: "ann77", "Subscriber"."""
    return letters[core - 2 : core] == "NA"
