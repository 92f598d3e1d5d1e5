"""Which reading of a comment list wins: the records of a header layout
(comment_layouts.py) or those of the page's repeated group (comment_strides.py). The
group's, where it names twice as many writers, starts a record wherever the layouts do
and at more places (a header the layouts read on some records only), or closes each
record on the line the layouts open it with, the first from text over the layouts'
first record (a name and a date under each text: the list's ends say which side of the
text the line stands on, comment_stride_ends.py)."""

from __future__ import annotations

from collections import Counter

from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_spans import CommentSpan


def one_signs_most(spans: list[CommentSpan]) -> bool:
    """Does one name sign most records (a button taken for each one's name)? Records
    that name no one (a numbered list) are not signed by one name."""
    signs = Counter(span.author for span in spans if span.author)
    return bool(signs) and signs.most_common(1)[0][1] >= SHARE * len(spans)


def group_reads_better(spans: list[CommentSpan], strided: list[CommentSpan]) -> bool:
    """Do the group's records read the list better than the layouts' (the module's
    docstring)?"""
    return (
        _writers(strided) >= max(1, 2 * _writers(spans))
        or _widens(spans, strided)
        or _signs_under(spans, strided)
    )


def _writers(spans: list[CommentSpan]) -> int:
    """How many writers the records name."""
    return len({span.author for span in spans if span.author})


def _widens(spans: list[CommentSpan], strided: list[CommentSpan]) -> bool:
    """Do the group's records start at every record the layouts found, and at more?"""
    return len(strided) > len(spans) and {s.start for s in spans} <= {s.start for s in strided}


def _signs_under(spans: list[CommentSpan], strided: list[CommentSpan]) -> bool:
    """Does the group close each record on the line the layouts open it with, the first
    from text over the layouts' first record?"""
    return (
        bool(spans)
        and len(strided) == len(spans)
        and strided[0].start < spans[0].start
        and all(s.start == t.end - 1 for s, t in zip(spans, strided, strict=True))
    )
