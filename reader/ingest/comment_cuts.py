"""Cutting a page's comment records into spans, once its layout is decided.

A header layout's record runs from its name lines and core to the next record
(comment_header_cuts.py); a footer layout's record from the end of the one before to
its dates. Action lines are buttons (comment_buttons.py). A run of records may be no
comment list (comment_list_checks.py); a record that holds most of the page's main
prose is the article, not a comment.
"""

from __future__ import annotations

from reader.ingest.comment_buttons import (
    before_tail,
    close_with_actions,
    last_end,
    mark_buttons,
)
from reader.ingest.comment_entries import live_entries
from reader.ingest.comment_header_cuts import headed
from reader.ingest.comment_header_names import said_name
from reader.ingest.comment_list_checks import have_texts, signed, teasers
from reader.ingest.comment_shapes import Layout
from reader.ingest.comment_spans import CommentSpan, is_name, opens_form
from reader.ingest.lines import Line, word_count

Clusters = list[tuple[int, int, int]]  # the page's runs of prose (prose_clusters)


def cut(
    lines: list[Line], letters: str, shape: Layout, cores: list[int], clusters: Clusters
) -> list[CommentSpan]:
    if shape.footer:
        spans = after_article(_footed(lines, letters, cores), clusters)
    else:
        spans = headed(lines, letters, shape, cores)
        last_head = spans[-1].end
        spans[-1].end = len(lines)  # for now: the article may stand under the last header
        spans = after_article(spans, clusters)
        if spans:
            closes = close_with_actions(lines, letters, spans)
            spans[-1].end = last_end(lines, letters, last_head, closes)
            if letters[spans[-1].end - 1] != "A":  # no actions close it: the page may
                spans[-1].end = before_tail(lines, last_head, spans[-1].end)
            mark_buttons(lines, letters, spans, closes)
            if _article_first(lines, spans):
                spans = spans[1:]
    if shape.footer:
        mark_buttons(lines, letters, spans, closes=False)
    if len(spans) < 2 or teasers(lines, spans) or not have_texts(lines, letters, spans):
        return []
    return spans if signed(spans) and not live_entries(lines, spans) else []


def _footed(lines: list[Line], letters: str, cores: list[int]) -> list[CommentSpan]:
    spans: list[CommentSpan] = []
    for core in cores:
        end = core
        while end < len(letters) and letters[end] == "A":
            end += 1
        first_date = end
        while end < len(letters) and letters[end] == "D":
            end += 1
        dated = end
        while end < len(letters) and letters[end] == "A" and first_date == core:
            end += 1  # "Delete" under the date: the actions after it
        start = spans[-1].end if spans else _first_start(lines, letters, core)
        span = CommentSpan(start, end, meta=range(first_date, dated))
        if (letters[start] in "NS" or is_name(lines[start].text)) and start + 1 < core:
            text = lines[start].text
            span.author = said_name(text) if letters[start] == "S" else text  # "Ann said..."
            span.meta = (start, *span.meta)
        span.date_text = " ".join(lines[k].text for k in range(first_date, dated))
        spans.append(span)
    return spans


def _first_start(lines: list[Line], letters: str, core: int) -> int:
    """Back from the first footer over its comment's text to the author's name."""
    start = core
    while start > 0 and not opens_form(lines[start - 1].text):
        text = lines[start - 1].text
        if letters[start - 1] == "S" or (word_count(text) < 6 and is_name(text)):
            return start - 1
        start -= 1
    return start


def after_article(spans: list[CommentSpan], clusters: Clusters) -> list[CommentSpan]:
    """Drop the records up to one that holds most of the page's heaviest run of prose."""
    if not clusters:
        return spans
    first, last, _ = max(clusters, key=lambda c: c[2])
    size = last - first + 1
    for k in range(len(spans) - 1, -1, -1):
        span = spans[k]
        inside = min(span.end, last + 1) - max(span.start, first)
        if inside * 2 >= size:
            return spans[k + 1 :]
    return spans


def _article_first(lines: list[Line], spans: list[CommentSpan]) -> bool:
    """Is the first record the article's: the only one no name signs (its date under a
    byline), and longer than any comment (its paragraphs), where the article and the
    comments make one run of prose?"""
    if len(spans) < 3 or spans[0].author is not None or not all(s.author for s in spans[1:]):
        return False
    size = [sum(len(lines[k].text) for k in range(s.start, s.end)) for s in spans]
    return size[0] > max(size[1:])
