"""A page's comments as the model's Comments, and the reply tree its markup gives.

Comments come from the markup (``html_comments``) when the page has a comment list;
otherwise from trafilatura's comment text, one comment per heading it found (its
author). A markup-nested reply gets its parent with evidence ``MARKUP`` (what nested
it: "ul.children", "div.indented"), which threading keeps (``analysis.threads.given``);
on pages with a flat list, the text's evidence stands.
"""

from __future__ import annotations

from lxml.etree import _Element

from reader.ingest.blocks import BlockMaker
from reader.ingest.comments import add_comment_text  # paragraphs and pasted articles, as for text
from reader.ingest.html_comment_read import MarkupComment
from reader.ingest.html_text import text_of
from reader.ingest.lines import Line
from reader.ingest.mentions import leading_mentions
from reader.model import Article, BlockKind, Comment, ReplyEvidence
from reader.model.comments import MARKUP


class _Numbers:
    def __init__(self, first: int) -> None:
        self.next = first

    def line(self, text: str) -> Line:
        line = Line(self.next, text, 0)
        self.next += 1
        return line


def build_comments(
    article: Article, markup: list[MarkupComment], extracted: object, first_line: int
) -> None:
    numbers = _Numbers(first_line)
    found = markup or _from_extraction(getattr(extracted, "commentsbody", None))
    for k, item in enumerate(found, start=1):
        comment = Comment(number=k, author=item.author, date_text=item.date_text, kind=item.kind)
        maker = BlockMaker(comment=k)
        for meta in (item.author, item.date_text):
            if meta:
                comment.blocks.append(maker.make(BlockKind.META, [numbers.line(meta)]))
        add_comment_text(comment, maker, [numbers.line(p) for p in item.paragraphs])
        if item.parent is not None:
            comment.parent = item.parent + 1
            comment.reply_evidence = [ReplyEvidence(MARKUP, item.parent + 1, item.wrapper or "")]
        first = next((b for b in comment.blocks if b.kind is BlockKind.PARAGRAPH), None)
        if first is not None:
            comment.mentions = leading_mentions(first.text)
        article.comments.append(comment)


def _from_extraction(body: _Element | None) -> list[MarkupComment]:
    """trafilatura's comment text: a heading (the author) opens each comment."""
    if body is None:
        return []
    result: list[MarkupComment] = []
    for element in body:
        text = text_of(element)
        if not text:
            continue
        if element.tag == "head" or not result:
            author = text if element.tag == "head" else None
            result.append(MarkupComment(element, author=author))
            if author:
                continue
        result[-1].paragraphs.append(text)
    # A lone word or two ("comments") is a leftover label, not a comment.
    return [c for c in result if sum(len(p.split()) for p in c.paragraphs) >= 3]
