"""One block of the article pane: its text lexed (quotes, speakers, dates), search hits
and the current hit on top, a caption with its credit apart, a table in columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.widgets import Static

from reader.model import Block, BlockKind, Quote
from reader.ui import article_text as at
from reader.ui.article_layout import HIDDEN_KINDS
from reader.ui.stepping import Span
from reader.ui.table_text import table_view

if TYPE_CHECKING:
    from reader.ui.widgets.article_view import ArticleView


class BlockView(Static):
    """One block of the article, repainted when its hits or highlight change."""

    def __init__(self, block: Block, quotes: list[Quote], article: ArticleView) -> None:
        classes = at.block_classes(block)
        if block.kind in HIDDEN_KINDS:
            classes += " boilerplate"
        super().__init__(classes=classes)
        self.block = block
        self.quotes = quotes
        self.owner = article
        self.table = "-table" in classes  # cells in columns that fit the pane
        self.paint()

    def paint(self, hits: Sequence[Span] = (), current: Span | None = None) -> None:
        owner = self.owner
        palette = owner.palette
        if self.block.kind is BlockKind.CAPTION:
            text = at.caption_text(self.block, palette, owner.highlighter)
            self.update(at.marked(text, self.block.id, hits, current, palette))
            return
        quotes = self.quotes if owner.article.quotes else None  # none found: the lexer's guess
        text = at.block_text(self.block, owner.highlighter, quotes, hits, current, palette)
        self.update(table_view(text) if self.table else text)
