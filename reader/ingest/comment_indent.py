"""Replies a copy shows only by where they stand: indented deeper than the comment they
answer (the leading spaces or tabs a copy keeps), or opened by a reply marker ("↳ Ann
Lee", "└ AL"; a level deeper, further in). A page that nests its replies so nests them
all: each comment answers the nearest comment above it that stands less deep, and the
evidence is the page's layout (``MARKUP``), which text threading keeps."""

from __future__ import annotations

from reader.ingest.comment_spans import MARKERS, CommentSpan
from reader.ingest.lines import Line
from reader.model import Comment, ReplyEvidence
from reader.model.comments import MARKUP

LAYOUT = "indent"  # what the evidence matched: the reply's place on the page


def _depth(line: Line) -> int:
    """How deep a comment's first line stands: its indentation, a marker half a step more."""
    return 2 * line.indent + (1 if line.text[:1] in MARKERS else 0)


def nest_by_indent(lines: list[Line], spans: list[CommentSpan], comments: list[Comment]) -> None:
    """Each comment's parent where the page shows its comments at more than one depth
    (numbered comments and pingbacks aside: their indentation is the list's own)."""
    if not any(lines[s.start].indent or lines[s.start].text[:1] in MARKERS for s in spans):
        return  # most pages: every comment at the left
    placed = [
        (_depth(lines[span.start]), comment)
        for span, comment in zip(spans, comments, strict=True)
        if span.kind == "comment" and span.number is None
    ]
    if len({depth for depth, _ in placed}) < 2:
        return
    above: list[tuple[int, Comment]] = []  # the comments a later one may answer
    for depth, comment in placed:
        while above and above[-1][0] >= depth:
            above.pop()
        if above:
            parent = above[-1][1].number
            comment.parent = parent
            comment.reply_evidence = [ReplyEvidence(MARKUP, parent, LAYOUT)]
        above.append((depth, comment))
