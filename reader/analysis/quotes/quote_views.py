"""The blocks attribution reads, each with its quotes found (``views``): the body's
paragraphs and the headline lines, their text with the quotes masked, in one quotation
style, and cut into sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.analysis.quotes import quote_styles, sentences
from reader.analysis.quotes.quote_spans import Span, find_spans, is_quote_line, masked
from reader.model import Article, Block, BlockKind

HEADLINES = (BlockKind.TITLE, BlockKind.SUBTITLE)


_SAYS_IN_LINE = re.compile(r"\b[a-z]+[,:]\s*[“\"‘]")  # "Wallace then asked, “With nukes?”"


def body(block: Block) -> bool:
    """Prose: a paragraph, or a subhead ending in a colon that leads into the next one
    ("Reporter Ana Ruiz says:"), quoting someone after a comma ("Vale asked, “…”") or
    opening with a quote (a short quote paragraph read as a subhead)."""
    heading = block.kind is BlockKind.HEADING
    lead_in = heading and block.text.rstrip().endswith(":")
    return (
        block.kind is BlockKind.PARAGRAPH
        or lead_in
        or bool(heading and (_SAYS_IN_LINE.search(block.text) or is_quote_line(block.text)))
    )


@dataclass(slots=True)
class View:
    index: int
    block: Block
    spans: list[Span]
    masked: str
    styled: str  # the block's text with its quotation marks in “…” style
    starts: list[int] = field(default_factory=list)


def views(article: Article) -> list[View]:
    """The body's prose blocks (``body``) and the headline lines, in order."""
    blocks = [b for b in article.blocks if body(b) or b.kind in HEADLINES]
    in_style = quote_styles.normaliser([b.text for b in blocks if body(b)])
    read: list[View] = []
    for block in blocks:
        styled = in_style(block.text)  # “…” outside, whatever marks the article uses
        spans = find_spans(styled, singles=block.kind in HEADLINES)
        text = masked(styled, spans)
        view = View(len(read), block, spans, text, styled)
        view.starts = sentences.boundaries(text, spans, styled)
        read.append(view)
    return read
