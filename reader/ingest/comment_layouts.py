"""Where comments start and end in a copied page.

Two ways to find them: numbered items ("  1. text" with the comment's further lines
indented deeper), and records that repeat one shape (comment_letters.py, comment_shapes.py: a header
naming the author and the date, or a footer of action lines and dates, whatever their
words). The way that finds more comments wins. Where they find few, or one name signs
most of their records, a repeated group of lines (comment_strides.py) may read the page
instead, when it reads them better (comment_list_choice.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

from reader.ingest.body_runs import Prose, lazy_prose
from reader.ingest.comment_authors import trim_authors
from reader.ingest.comment_cites import cited_places
from reader.ingest.comment_cuts import cut
from reader.ingest.comment_edge_lines import edge_controls
from reader.ingest.comment_letters import classify
from reader.ingest.comment_list_choice import group_reads_better, one_signs_most
from reader.ingest.comment_lone import lone_comment
from reader.ingest.comment_outline import level_places, outline_places
from reader.ingest.comment_pingbacks import pingbacks, split_pingbacks
from reader.ingest.comment_sections import is_section_header, section_top
from reader.ingest.comment_shape_runs import layouts
from reader.ingest.comment_spans import LONGEST_CLOSER, CommentSpan, is_closer, is_name
from reader.ingest.comment_stride_slots import RECORDS
from reader.ingest.comment_strides import stride_records
from reader.ingest.lines import Line

__all__ = ["LONGEST_CLOSER", "CommentSpan", "find_comments", "is_closer", "is_name"]

_NUMBERED = re.compile(r"^(\d{1,6})\.(?:\s+|$)")
FEW = 30  # layouts' records the repeated group may widen: more, the page's list is read


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


def records(lines: list[Line], letters: str, prose: Prose) -> list[CommentSpan]:
    """Comments as records of one repeated shape: the first shape whose records pass.
    ``letters``: the lines classified (comment_letters.classify); ``prose``: the page's
    runs of prose when first asked for (found once for all the shapes tried)."""
    for shape, cores in layouts(lines, letters):
        spans = cut(lines, letters, shape, cores, prose())
        if spans:
            outline_places(spans)
            trim_authors(spans)
            return spans
    return []


def _first_header(lines: list[Line]) -> int | None:
    """The line of the page's first comment section header."""
    return next((i for i, x in enumerate(lines) if is_section_header(x.text)), None)


def _sections(
    lines: list[Line], top: Callable[[], int | None]
) -> Callable[[list[CommentSpan]], list[CommentSpan]]:
    """Records under the page's first comment section header (``top``, sought once, for
    the first layout that finds records), where they run past it; a count of replies each
    record holds is no section header (comment_sections.section_top)."""

    def under(spans: list[CommentSpan]) -> list[CommentSpan]:
        if not spans:
            return spans
        at = top()
        if at is not None:
            at = section_top(lines, spans, at)
        return (
            [s for s in spans if s.start > at] if at is not None and at < spans[-1].start else spans
        )

    return under


def find_comments(lines: list[Line]) -> list[CommentSpan]:
    """The page's comments, in page order, by the layout that finds the most; records
    of a repeated group (comment_strides.py) where the layouts find few (fewer than
    FEW), or records one name signs most of (a button taken for each one's name), and the
    group reads them better (comment_list_choice.py); where none, a lone comment under
    the section's header."""
    listed = numbered(lines)
    held = bytearray(len(lines))  # what numbered comments hold is their text
    for span in listed:
        held[span.start : span.end] = b"\x01" * (span.end - span.start)
    top = cache(partial(_first_header, lines))
    under = _sections(lines, top)
    prose = lazy_prose(lines)  # for the layouts and the strides alike
    letters = classify(lines, held)
    best: list[CommentSpan] = []
    most = RECORDS  # fewer records than this the group may read instead: numbers are the
    for spans, reread in ((listed, RECORDS), (records(lines, letters, prose), FEW)):  # page's
        spans = under(spans)
        if len(spans) > len(best):
            best, most = spans, reread
    few = len(best) < most
    if few or one_signs_most(best):  # most pages' records are several writers'
        strided = under(stride_records(lines, prose))
        if group_reads_better(best, strided):
            best = strided
    if not best:  # no list: perhaps one comment, under the section's header
        best = under(lone_comment(lines, letters, prose, top()))
    if best:
        edge_controls(lines, best)  # "load more comments (5 replies)" under several
        level_places(lines, best)  # "level 2" over a record: its depth
        cited_places(lines, best)  # "#12 ↪ #9": the number of the record it answers
        best.extend(pingbacks(lines, best[-1].end))
    return split_pingbacks(lines, best)
