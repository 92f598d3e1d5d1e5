"""Replies a copy numbers as an outline: "1", "1.1", "1.2", "1.2.1" open the headers,
each a number of the comment it answers and its own place under it. Where most records
open so, the number is no part of the name, and each comment answers the one whose
number is its own without the last part (evidence ``MARKUP``, as indentation gives).
A copy may give each record's depth instead, on a line over it ("level 2"): the depths
make the outline."""

from __future__ import annotations

import re
from itertools import pairwise

from reader.ingest.comment_line_kinds import OUTLINE, SHARE
from reader.ingest.comment_spans import CommentSpan
from reader.ingest.lines import Line
from reader.model import Comment, ReplyEvidence
from reader.model.comments import MARKUP

_NUMBER = re.compile(r"\d+")
LEVEL_LINE = 24  # characters at most of a line that gives a record's depth
LAYOUT = "outline"  # what the evidence matched: the reply's number under its parent's


def outline_places(spans: list[CommentSpan]) -> None:
    """Each record's outline number (its ``place``), taken off its author, where most
    records' authors open with one and some hold a dot ("1.2": a reply) or they count
    the threads (1, 2, 3); else the names stay whole ("3 Musketeers")."""
    opens = [
        OUTLINE.match(s.author) if s.author and s.author[:1].isdigit() else None for s in spans
    ]
    found = [m.group(1) for m in opens if m]
    if len(found) < SHARE * len(spans) or not (any("." in x for x in found) or _counts(found)):
        return
    for span, match in zip(spans, opens, strict=True):
        if match and span.author:
            span.author, span.place = span.author[match.end() :], match.group(1)


def nest_by_outline(spans: list[CommentSpan], comments: list[Comment]) -> None:
    """Each numbered comment answers the comment numbered as its number without its last
    part, where the page holds it."""
    if not spans or spans[0].place is None:  # most pages: no outline (the first opens it)
        return
    numbered = {s.place: c.number for s, c in zip(spans, comments, strict=True) if s.place}
    for span, comment in zip(spans, comments, strict=True):
        place = span.place
        if place and "." in place and (parent := numbered.get(place.rpartition(".")[0])):
            comment.parent = parent
            comment.reply_evidence = [ReplyEvidence(MARKUP, parent, LAYOUT)]


def _counts(found: list[str]) -> bool:
    """Do the numbers count up from 1, one a record (no replies on the page)?"""
    return found == [str(k) for k in range(1, len(found) + 1)] and len(found) >= 3


def level_places(lines: list[Line], spans: list[CommentSpan]) -> None:
    """Outline places from the depth a line over each record gives ("level 1", "level
    2"): the same words over every record, one number, 1 over the first and at most one
    more than the record's before, deeper somewhere and shallower again (numbers that
    only count up are the records' count)."""
    if len(spans) < 3 or spans[0].place is not None or spans[0].start == 0:
        return
    over = [lines[s.start - 1].text for s in spans]
    if any(len(x) > LEVEL_LINE for x in over):
        return
    keys = {_NUMBER.sub("9", x) for x in over}
    if len(keys) != 1 or (key := keys.pop()).count("9") != 1 or not any(c.isalpha() for c in key):
        return
    depths = [int(_NUMBER.findall(x)[0]) for x in over]
    rising = all(b <= a + 1 for a, b in pairwise(depths))
    back = any(b <= a for a, b in pairwise(depths))
    if depths[0] != 1 or min(depths) < 1 or max(depths) < 2 or not (rising and back):
        return
    path: list[int] = []
    for span, depth in zip(spans, depths, strict=True):
        path = [*path[: depth - 1], (path[depth - 1] + 1) if len(path) >= depth else 1]
        span.place = ".".join(map(str, path))
