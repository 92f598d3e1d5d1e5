"""Where comments start and end in a copied page.

Two ways to find them: numbered items ("  1. text" with the comment's further lines
indented deeper), and records that repeat one shape (comment_letters.py, comment_shapes.py: a header
naming the author and the date, or a footer of action lines and dates, whatever their
words). The way that finds more comments wins.
"""

from __future__ import annotations

import bisect
import re

from reader.ingest.body_runs import prose_clusters
from reader.ingest.comment_authors import trim_authors
from reader.ingest.comment_cuts import cut
from reader.ingest.comment_letters import classify
from reader.ingest.comment_shape_runs import layouts
from reader.ingest.comment_spans import (
    LONGEST_CLOSER,
    PINGBACK,
    CommentSpan,
    is_closer,
    is_name,
)
from reader.ingest.lines import Line

__all__ = ["LONGEST_CLOSER", "CommentSpan", "find_comments", "is_closer", "is_name"]

_NUMBERED = re.compile(r"^(\d{1,6})\.(?:\s+|$)")
_SECTION_HEADER = re.compile(
    r"^(?:\W*\d[\d,]*\s+(?:comments?|responses?|replies|thoughts|reactions)\b"
    r"|there (?:are|is) \d+ (?:comments?|responses?)|view (?:all )?comments\b|comments?\s*\(\d+\)"
    r"|(?:reader |user )?comments$|discussion$|join the (?:conversation|discussion)"
    r"|.{0,40}\b(?:comments?|responses?|thoughts|replies) (?:on|to) [“\"'‘])",
    re.IGNORECASE,
)


def _holds_section_word(lower: str) -> bool:
    """One of these words stands in every section header _SECTION_HEADER matches."""
    return (
        "comment" in lower
        or "response" in lower
        or "replies" in lower
        or "thought" in lower
        or "reaction" in lower
        or "discussion" in lower
        or "conversation" in lower
    )


def is_section_header(text: str) -> bool:
    """A line that opens a comment section ("34 responses to “…”", "View comments (27)"),
    in one language or two ("Comments / Commentaires")."""
    if len(text) >= 200:
        return False
    if text.isascii() and not _holds_section_word(text.lower()):
        return False  # the cheap test first: the pattern is slow on every line
    if _SECTION_HEADER.match(text) is not None:
        return True
    first, mark, _ = text.partition(" / ")
    return bool(mark) and _SECTION_HEADER.match(first) is not None


def numbered(lines: list[Line]) -> list[CommentSpan]:
    """Indented numbered items: "  1. …", continued by lines indented deeper."""
    spans: list[CommentSpan] = []
    expected = 1
    i = 0
    while i < len(lines):
        line = lines[i]
        match = (  # the cheap tests first: an indented line that opens with a digit
            _NUMBERED.match(line.text) if line.indent >= 1 and line.text[:1].isdecimal() else None
        )
        if not (match and int(match.group(1)) == expected):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].indent > line.indent:
            j += 1
        spans.append(CommentSpan(i, j, number=expected))
        expected += 1
        i = j
    return spans


def records(lines: list[Line], held: bytearray | None = None) -> list[CommentSpan]:
    """Comments as records of one repeated shape: the first shape whose records pass.
    ``held``: 1 for the lines numbered comments hold, their text."""
    letters = classify(lines, held)
    clusters = None  # the page's runs of prose, found once for all the shapes tried
    for shape, cores in layouts(lines, letters):
        if clusters is None:
            clusters = prose_clusters(lines)
        spans = cut(lines, letters, shape, cores, clusters)
        if spans:
            trim_authors(spans)
            return spans
    return []


def pingbacks(lines: list[Line], after: int) -> list[CommentSpan]:
    """Pingback and trackback lines after the comments: one comment each."""
    spans: list[CommentSpan] = []
    i = after
    while i < len(lines) and (
        PINGBACK.match(lines[i].text) or (not spans and is_closer(lines[i].text))
    ):
        if PINGBACK.match(lines[i].text):
            spans.append(CommentSpan(i, i + 1, kind="pingback"))
        i += 1
    return spans


def find_comments(lines: list[Line]) -> list[CommentSpan]:
    """The page's comments, in page order, by the layout that finds the most."""
    listed = numbered(lines)
    held = bytearray(len(lines))  # what numbered comments hold is their text
    for span in listed:
        held[span.start : span.end] = b"\x01" * (span.end - span.start)
    opening: int | None = None  # the first section header: any other is further down
    sought = False
    best: list[CommentSpan] = []
    for spans in (listed, records(lines, held)):
        if spans:  # a comment section's header line comes before its comments
            if not sought:
                opening = next((i for i, x in enumerate(lines) if is_section_header(x.text)), None)
                sought = True
            if opening is not None and opening < spans[-1].start:
                spans = [s for s in spans if s.start > opening]
        if len(spans) > len(best):
            best = spans
    if best:
        best.extend(pingbacks(lines, best[-1].end))
    return _split_pingbacks(lines, best)


def _split_pingbacks(lines: list[Line], spans: list[CommentSpan]) -> list[CommentSpan]:
    """Pingback lines inside a comment's span are comments of their own."""
    pinged = [  # few, if any: a line that opens with the pattern's first letter is asked
        k for k, x in enumerate(lines) if x.text[:1] in "PpTt" and PINGBACK.match(x.text)
    ]
    if not pinged:
        return spans
    result: list[CommentSpan] = []
    for span in spans:
        if span.kind == "pingback":
            result.append(span)
            continue
        inside = pinged[
            bisect.bisect_left(pinged, span.start) : bisect.bisect_left(pinged, span.end)
        ]
        if inside and inside[0] == span.start:  # taken for the comment's header: its own,
            result.append(CommentSpan(span.start, span.start + 1, kind="pingback"))
            span.start, span.author = span.start + 1, None  # and the lines under it the comment's
            inside = inside[1:]
            if span.start == span.end:
                result.extend(CommentSpan(k, k + 1, kind="pingback") for k in inside)
                continue
        if inside:
            span.end = inside[0]
        result.append(span)
        result.extend(CommentSpan(k, k + 1, kind="pingback") for k in inside)
    return result
