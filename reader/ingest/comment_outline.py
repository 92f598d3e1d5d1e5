"""Replies a copy numbers as an outline: "1", "1.1", "1.2", "1.2.1" open the headers,
each a number of the comment it answers and its own place under it. Where most records
open so, the number is no part of the name, and each comment answers the one whose
number is its own without the last part (evidence ``MARKUP``, as indentation gives)."""

from __future__ import annotations

from reader.ingest.comment_line_kinds import OUTLINE, SHARE
from reader.ingest.comment_spans import CommentSpan
from reader.model import Comment, ReplyEvidence
from reader.model.comments import MARKUP

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
