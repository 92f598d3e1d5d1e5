"""Marks and counts every record puts at its writer's place: a token with no letter the
same on every record ("[–] ann77", "▲ ann77"), or a number on every record ("ann77 14"
of "ann77 14 points", the word cut as the template's): the page's, whatever they are,
where three writers or more carry them and a name is left. A count is cut only where
three names or more stay apart without it: "Guest 4521", "Guest 88" are two writers."""

from __future__ import annotations

import re

from reader.ingest.comment_spans import CommentSpan, is_mark

WRITERS = 3  # the marks stand at this many different writers' names at least
_NUMBER = re.compile(r"^[+-]?\d[\d,.]*$")  # "14", "1,204", "-3": a count, a score


def strip_slot_marks(spans: list[CommentSpan]) -> None:
    """Each record's author without the marks and counts every record puts beside it."""
    authors = {s.author for s in spans if s.author}
    if len(authors) < WRITERS:
        return
    words = [a.split(" ") for a in authors]
    lead = 0
    while all(len(w) > lead + 1 for w in words) and _mark({w[lead] for w in words}):
        lead += 1
    tail = 0
    while all(len(w) > lead + tail + 1 for w in words) and _count({w[-1 - tail] for w in words}):
        tail += 1
    if tail and len({" ".join(w[lead : len(w) - tail]) for w in words}) < WRITERS:
        tail = 0  # "Guest 4521", "Guest 88": the count tells the writers apart
    if not lead and not tail:
        return
    for span in spans:
        if span.author:
            parts = span.author.split(" ")
            span.author = " ".join(parts[lead : len(parts) - tail])  # the loops leave a word


def _mark(seen: set[str]) -> bool:
    """The same token on every name, no letter nor digit in it."""
    return len(seen) == 1 and is_mark(next(iter(seen)))


def _count(seen: set[str]) -> bool:
    """A number on every name, not the same one everywhere (a count or a score)."""
    return len(seen) > 1 and all(_NUMBER.match(t) for t in seen)
