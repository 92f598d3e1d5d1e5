"""Comments out of their spans: author, date, @mentions, blocks and pasted articles."""

from __future__ import annotations

import re

from reader.ingest.article import ArticleParser
from reader.ingest.blocks import BlockMaker
from reader.ingest.comment_rows import RowMaker
from reader.ingest.comment_spans import LONGEST_CLOSER, CommentSpan, is_closer
from reader.ingest.embedded import split_embedded
from reader.ingest.lines import Line, new_line
from reader.ingest.mentions import MARKER_OPEN, leading_mentions, quoting, reply_marker
from reader.model import BlockKind, Comment
from reader.model.block_rows import BlockRows
from reader.model.row_block import APART, CODE

_NUMBER = re.compile(r"^\d{1,6}\.\s*")
_META, _BOILERPLATE = CODE[BlockKind.META], CODE[BlockKind.BOILERPLATE]
_PARAGRAPH = CODE[BlockKind.PARAGRAPH]
_MENTIONS_OPEN = frozenset("@IiRr")  # what a text leading_mentions finds names in opens with


def build_comment(
    lines: list[Line], span: CommentSpan, number: int, rows: BlockRows | None = None
) -> Comment:
    """The comment of a span; its blocks appended to the page's ``rows``."""
    comment = Comment(number, span.author, date_text=span.date_text, kind=span.kind)
    maker = RowMaker(BlockRows() if rows is None else rows)
    text_lines: list[Line] = []
    meta, buttons = span.meta, span.buttons
    numbered = span.start if span.number is not None else -1  # the line its number opens
    for k in range(span.start, span.end):
        line = lines[k]
        if k == numbered:
            line = new_line(Line, (line.number, _without_number(line.text), line.indent))
            if not line.text:  # "3." alone on its line: the number was all of it
                maker.add_coded(_META, lines[k])
                continue
        if meta and k in meta:
            if text_lines:  # the text above the line first (most header lines have none)
                add_comment_text(comment, maker, text_lines)
            maker.add_coded(_META, line)
        elif k in buttons or (len(line.text) <= LONGEST_CLOSER and is_closer(line.text)):
            if text_lines:
                add_comment_text(comment, maker, text_lines)
            maker.add_coded(_BOILERPLATE, line)
        else:
            text_lines.append(line)
    if text_lines:
        add_comment_text(comment, maker, text_lines)
    if (first := maker.first) is not None:  # the first paragraph: its opening @mentions
        text = maker.rows.texts[first]
        if text[:1] in "IiRr" and (named := reply_marker(text)):
            maker.rows.set_kind(first, BlockKind.META)  # "Replying to @ann": a header line
            comment.mentions = named
        elif text.lstrip()[:1] in _MENTIONS_OPEN and (named := leading_mentions(text)):
            comment.mentions = named  # most have none (the cheap test first): none assigned
        elif text[-1:] == ":" and (named := quoting(text)):
            comment.mentions = named  # "Ann Lee wrote:" over the line it quotes
        elif (last := _last_paragraph(maker, first)) is not None and (
            named := reply_marker(maker.rows.texts[last], whole=True)
        ):  # "↪ in reply to Ann Lee" under the text: where some pages print it
            maker.rows.set_kind(last, BlockKind.META)
            comment.mentions = named
    maker.finish(comment)
    if span.answers:  # "Bo Sand in reply to Ann Lee": the header says whom it answers
        comment.mentions = [span.answers]
    return comment


def _last_paragraph(maker: RowMaker, first: int) -> int | None:
    """The row of the comment's last paragraph, where it has more than one and that one
    opens as a line saying whom the reply answers may (the cheap test first)."""
    kinds, texts = maker.rows.kinds, maker.rows.texts
    for at in range(len(kinds) - 1, first, -1):
        if kinds[at] & ~APART == _PARAGRAPH:
            return at if texts[at][:1] in MARKER_OPEN else None
    return None


def _without_number(text: str) -> str:
    """The text after a leading "12. " (a match, not sub: sub scans the whole line)."""
    match = _NUMBER.match(text)
    return text[match.end() :] if match else text


def add_comment_text(
    comment: Comment, maker: BlockMaker | RowMaker, text_lines: list[Line]
) -> None:
    """Text lines become paragraphs, except the articles pasted among them."""
    for is_article, run in split_embedded(text_lines):
        if is_article:
            prefix = f"c{comment.number}.a{len(comment.articles) + 1}."
            article = ArticleParser(run, prefix).parse()
            # Lines the article parser put above the headline are the commenter's own.
            while article.blocks and article.blocks[0].kind is BlockKind.BOILERPLATE:
                lead = article.blocks.pop(0)
                lead_lines = [line for line in run if line.number in lead.lines]
                maker.add(comment, BlockKind.PARAGRAPH, lead_lines, lead.text)
            comment.articles = [*comment.articles, article]  # most comments have none
        else:
            maker.add_each(comment, BlockKind.PARAGRAPH, run)
    text_lines.clear()
