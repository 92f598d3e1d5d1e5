"""The first frame: the article's first screen as a flat column of text, nothing else.

Textual builds a deep widget tree (tabs, panes, scroll views) in several rounds; this
one level of Statics paints in one. The reading screen swaps it for the full view right
after, with the same classes, width and position, so the text does not move.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.model import Article, BlockKind
from reader.ui import article_text as at
from reader.ui.article_layout import HIDDEN_KINDS, layout
from reader.ui.settings import DEFAULTS, Settings


class FirstPaint(VerticalScroll, can_focus=False):
    def __init__(self, article: Article, settings: Settings = DEFAULTS, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.article = article
        self.settings = settings

    def compose(self) -> ComposeResult:
        article, parts = self.article, layout(self.article)
        column: list[Static] = []
        if article.section:
            column.append(Static(Text(article.section.upper()), classes="kicker"))
        if parts.needs_title:
            column.append(Static(Text(article.title or "(untitled)"), classes="-title"))
        column += [Static(at.block_text(b), classes=f"block -{b.kind.value}") for b in parts.head]
        if (meta := at.meta_line(article)).plain:
            column.append(Static(meta, classes="meta"))
        for block in parts.body[: parts.first_screen()]:
            if block.kind in HIDDEN_KINDS:
                continue
            text = at.caption_text(block) if block.kind is BlockKind.CAPTION else None
            column.append(
                Static(text or at.block_text(block), classes=f"block -{block.kind.value}")
            )
        for static in column:  # the page's width, less its side padding
            static.styles.max_width = self.settings.reading_width - 4
        yield from column
