"""The first frame: the article's first screen as a flat column of text, nothing else.

Textual builds a deep widget tree (tabs, panes, scroll views) in several rounds; this
one level of Statics paints in one. The reading screen swaps it for the full view right
after, with the same classes, width and position, so the text does not move.
"""

from __future__ import annotations

from typing import Unpack

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.config.settings import DEFAULTS, Settings
from reader.model import Article, BlockKind
from reader.ui import article_text as at
from reader.ui.article_layout import HIDDEN_KINDS, layout
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.options import WidgetOptions


class FirstPaint(VerticalScroll, can_focus=False):
    def __init__(
        self,
        article: Article,
        settings: Settings = DEFAULTS,
        palette: Palette = DEFAULT_PALETTE,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(**kwargs)
        self.article = article
        self.settings = settings
        self.palette = palette
        self.set_class(settings.justify, "-justify")

    def compose(self) -> ComposeResult:
        article, parts = self.article, layout(self.article)
        column: list[Static] = []
        if article.section:
            column.append(Static(Text(article.section.upper()), classes="kicker"))
        if parts.needs_title:
            column.append(Static(Text(article.title or "(untitled)"), classes="-title"))
        column += [Static(at.block_text(b), classes=f"block -{b.kind.value}") for b in parts.head]
        if (meta := at.meta_line(article, self.palette)).plain:
            column.append(Static(meta, classes="meta"))
        for block in parts.body[: parts.first_screen()]:
            caption = block.kind is BlockKind.CAPTION
            if block.kind in HIDDEN_KINDS or (caption and not self.settings.show_captions):
                continue
            text = at.caption_text(block, self.palette) if caption else None
            text = text or at.block_text(block)
            column.append(Static(text, classes=at.block_classes(block)))
        for static in column:  # the page's width, less its side padding
            static.styles.max_width = self.settings.reading_width - 4
        yield from column
