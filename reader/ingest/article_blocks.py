"""The article being made, one zone's lines after another: its blocks, the lines let go."""

from __future__ import annotations

from reader.ingest.blocks import BlockMaker
from reader.ingest.lines import (
    GONE,
    Line,
)
from reader.model import Article, Block, BlockKind


class ArticleBlocks:
    """The article one article's lines make; ``prefix`` keeps block ids unique in a document.

    Given ``owned``, the list of lines is the parser's: it takes each zone's lines out
    of it (leaving it empty) and lets each line go once its block is made. A page of
    one-word paragraphs held each as a line and a block at once: twice its memory."""

    def __init__(self, lines: list[Line], prefix: str = "", owned: bool = False) -> None:
        self.lines = lines
        self.owned = owned
        self.maker = BlockMaker(prefix)
        self.article = Article()
        self.blocks: list[Block] = self.article.blocks

    def _add(self, kind: BlockKind, lines: list[Line], text: str | None = None) -> Block:
        block = self.maker.make(kind, lines, text)
        self.blocks.append(block)
        return block


def let_go(lines: list[Line], gone: int, upto: int) -> int:
    """Lines gone to upto - 1 of a zone, their blocks made, are let go; the new mark."""
    for k in range(gone, upto):
        lines[k] = GONE
    return max(gone, upto)
