"""Pingback and trackback lines ("Pingback: …"), each a comment of its own: after the
comments, or inside a comment's span where the copy ran them on."""

from __future__ import annotations

import bisect

from reader.ingest.comment_spans import PINGBACK, CommentSpan, is_closer
from reader.ingest.lines import Line


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


def split_pingbacks(lines: list[Line], spans: list[CommentSpan]) -> list[CommentSpan]:
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
