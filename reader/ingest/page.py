"""A copied web page, as text, into a document: the article, then its comments."""

from __future__ import annotations

from reader.gc_pause import gc_paused
from reader.ingest.article import ArticleParser
from reader.ingest.comment_answers import mark_answer_lines
from reader.ingest.comment_bars import unbar
from reader.ingest.comment_indent import nest_by_indent
from reader.ingest.comment_layouts import find_comments
from reader.ingest.comment_outline import nest_by_outline
from reader.ingest.comment_spans import CommentSpan
from reader.ingest.comment_tags import mark_tagged_openings
from reader.ingest.comments import build_comment
from reader.ingest.lines import (
    GONE,
    Line,
    forget_lines,
    is_table_row,
    table_run,
    to_lines,
    word_count,
)
from reader.ingest.site_names import site_name
from reader.ingest.source import SourceText
from reader.model import Article, BlockKind
from reader.model.block_rows import BlockRows
from reader.model.tables import cells

DATA_WORDS = 5  # a data table's cell's words, at most (a comment's text is a sentence)


def _off_tables(lines: list[Line], spans: list[CommentSpan]) -> list[CommentSpan]:
    """The spans that do not open among a table's rows of data (cells split by tabs,
    none of them a sentence: the article's table, not comments copied as a table's
    rows). The spans come in order: a table's first row is sought once, not once a span."""
    kept: list[CommentSpan] = []
    row, top = -1, -1  # the last data row asked, and its table's first row
    tables: dict[int, bool] = {}  # a table's first row: is it a table (table_run)
    for span in spans:
        k = span.start
        text = lines[k].text
        if not is_table_row(text) or max(word_count(c) for c in cells(text)) > DATA_WORDS:
            kept.append(span)
            continue
        start = k
        while start > 0 and is_table_row(lines[start - 1].text):
            start -= 1
            if start == row:
                start = top
                break
        row, top = k, start
        if start not in tables:
            tables[start] = table_run(lines, start) > 0
        if not tables[start]:
            kept.append(span)
    return kept


@gc_paused()
def parse_page(source: SourceText) -> Article:
    forget_lines()
    lines = to_lines(source.take_text())
    unbar(lines)  # replies nested by bars before their lines: the bars are indentation
    # A table's rows (a name in a cell, a time in the next) are no comments' heads.
    spans = _off_tables(lines, find_comments(lines))
    first = spans[0].start if spans else len(lines)
    # The article's lines are the parser's to let go as it makes their blocks; the
    # comments' lines keep their places.
    parser = ArticleParser(lines[:first] if spans else lines, owned=True)
    if spans:
        lines[:first] = [GONE] * first
    article = parser.parse()
    covered = bytearray(len(lines))  # 1 for each line a comment holds
    numbered = all(span.number is not None for span in spans if span.kind == "comment")
    top = max((span.number or 0 for span in spans), default=0) if numbered else 0
    taken: set[int] = set()  # the page's own numbers given (counted ones cannot repeat)
    rows = BlockRows()  # the comments' blocks, held as rows (a page has a hundred thousand)
    for count, span in enumerate(spans, start=1):
        number = count
        if numbered:
            number = top + count if span.number is None else span.number  # a pingback: after
            while number in taken:  # a number the copy gives twice: one comment a number
                number += 1
            taken.add(number)
        article.comments.append(build_comment(lines, span, number, rows))
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
        # Its lines go (a page of short comments held them beside their blocks); the
        # first stays, for the indentation that nests replies.
        lines[span.start + 1 : span.end] = [GONE] * (span.end - span.start - 1)
    nest_by_indent(lines, spans, article.comments)
    nest_by_outline(spans, article.comments)
    mark_answer_lines(article.comments)
    mark_tagged_openings(article.comments)
    # Lines among and after the comments that no comment holds: page chrome.
    k = covered.find(0, first)
    while k != -1:
        article.blocks.append(parser.maker.make(BlockKind.BOILERPLATE, [lines[k]]))
        if article.site is None:
            article.site = site_name(lines[k].text)
        k = covered.find(0, k + 1)
    forget_lines()  # the line caches hold this page's lines: not needed past it
    return article
