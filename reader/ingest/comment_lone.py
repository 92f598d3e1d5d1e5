"""A lone comment: the one record right under a comment section's header ("Comments
(1)", "One thought on “…”"), its header in a shape comment headers take ("Ann Lee
says:" over its date, "Ann Lee on May 2, 2026 at 9:12 am said:", a name over a
date), signed and with a few lines of text of its own before its buttons or the
comment form. A list of records shows its shape by
repeating it; one record under the section's header says what it is by standing there.
"""

from __future__ import annotations

from reader.ingest.body_runs import Prose
from reader.ingest.comment_cuts import after_article
from reader.ingest.comment_header_cuts import headed
from reader.ingest.comment_sections import is_section_header
from reader.ingest.comment_shape_runs import layouts
from reader.ingest.comment_spans import CommentSpan, is_closer, opens_form
from reader.ingest.lines import Line

_NEAR = 3  # lines from the section's header to the record's core, at most
_LONGEST = 15  # lines of a lone comment's text, at most


def lone_comment(
    lines: list[Line], letters: str, prose: Prose, top: int | None
) -> list[CommentSpan]:
    """The one comment under the page's first comment section header (at ``top``), or
    none; ``letters``: the lines classified (comment_letters.classify)."""
    if top is None:
        return []
    for shape, cores in layouts(lines, letters, fewest=1):
        core = cores[0]
        if len(cores) != 1 or not 0 < core - top <= _NEAR or shape.footer:
            continue
        spans = headed(lines, letters, shape, cores)
        if not spans or not spans[0].author:
            continue
        spans[0].end = len(lines)  # its text runs to its buttons or the comment form
        spans = after_article(spans, prose())
        if spans and all(is_section_header(lines[k].text) for k in range(top, spans[0].start)):
            span = _ended(lines, spans[0])
            return [span] if span else []
    return []


def _ended(lines: list[Line], span: CommentSpan) -> CommentSpan | None:
    """The record ended at its buttons ("Reply", taken in) or at the comment form, within
    _LONGEST lines of text; None when neither comes (the page's footer would follow its
    text into it): no other record repeats them, so nothing else tells where it ends."""
    k = text = max(span.meta, default=span.start) + 1
    while k < span.end and k <= text + _LONGEST:
        if is_closer(lines[k].text) or opens_form(lines[k].text):
            break
        k += 1
    else:
        return None
    if k == text:
        return None  # no text of its own
    end = k
    while end < span.end and is_closer(lines[end].text):
        end += 1
    span.end, span.buttons = end, (*span.buttons, *range(k, end))
    return span
