"""The article pane: headline, subtitle, meta line, figures and paragraphs at reading width."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Unpack

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Static

from reader.config.settings import DEFAULTS, Settings
from reader.model import Article, Block, BlockKind, Quote
from reader.ui import article_text as at
from reader.ui.article_layout import HIDDEN_KINDS, layout
from reader.ui.highlighter import Highlighter, TokenStyles
from reader.ui.keys import ARTICLE_BINDINGS
from reader.ui.stepping import Span
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.article_place import Place, PlaceKeeping
from reader.ui.widgets.block_view import BlockView
from reader.ui.widgets.options import WidgetOptions


class ArticleView(PlaceKeeping):
    """An article, from headline to source line. Boilerplate shows with `-boilerplate`."""

    BINDINGS: ClassVar[list[BindingType]] = ARTICLE_BINDINGS

    @dataclass
    class Jumped(Message):
        """The view moved far (to a subhead): where it was is worth keeping."""

        view: ArticleView
        scroll_y: float  # where it was

    @dataclass
    class ContentsWanted(Message):
        """`t`: the reader wants the list of subheads."""

        view: ArticleView

    @dataclass
    class Progress(Message):
        """The reader scrolled: how far through the article, in percent."""

        view: ArticleView
        percent: int

    def __init__(
        self,
        article: Article,
        settings: Settings = DEFAULTS,
        palette: Palette = DEFAULT_PALETTE,
        styles: TokenStyles | None = None,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(**kwargs)
        self.settings = settings
        self.palette = palette
        self._use(article, styles or TokenStyles())
        self.apply(settings)

    def apply(self, settings: Settings) -> None:
        """Reading width, justification, captions and boilerplate, changed at once."""
        self.settings = settings
        self.set_class(settings.show_boilerplate, "-boilerplate")
        self.set_class(settings.justify, "-justify")
        self.set_class(not settings.show_captions, "-no-captions")
        for page in self.query("#page"):
            page.styles.max_width = settings.reading_width

    def recolour(self, palette: Palette, styles: TokenStyles) -> None:
        """Repaint the spans (the lexer's tokens, hits) in a new theme's styles."""
        self.palette = palette
        self.highlighter.styles = styles
        for view in self.blocks.values():
            view.paint(self._marks.get(view.block.id, []), self._current)
        for meta in self.query(".meta").results(Static):
            meta.update(at.meta_line(self.article, palette))

    def _use(self, article: Article, styles: TokenStyles) -> None:
        self.article = article
        self.highlighter = Highlighter(styles, at.speaker_names(article))
        self.blocks: dict[str, BlockView] = {}
        self.shown: list[Block] = []  # the blocks with a view, in order (some still to mount)
        self._painted: set[str] = set()
        self._marks: dict[str, list[Span]] = {}  # hits by block, kept for a repaint
        self._current: Span | None = None
        self._quotes: dict[str, list[Quote]] = {}
        for quote in article.quotes:
            self._quotes.setdefault(quote.block, []).append(quote)

    def show(self, article: Article) -> None:
        """Replace the article (the finished parse after the quick one), keeping the scroll."""
        self._use(article, self.highlighter.styles)
        self.refresh(recompose=True)

    def compose(self) -> ComposeResult:
        article = self.article
        with Vertical(id="page") as page:
            page.styles.max_width = self.settings.reading_width
            if article.section:
                yield Static(Text(article.section.upper()), classes="kicker")
            parts = layout(article)
            if parts.needs_title:
                yield Static(Text(article.title or "(untitled)"), classes="-title")
            for block in parts.head:
                yield self._view(block)
            meta = at.meta_line(article, self.palette)
            if meta.plain:
                yield Static(meta, classes="meta")
            self.shown = parts.shown
            body, count = parts.body, parts.first_screen()
            for block in body[:count]:  # the first screen; the rest after the first paint
                yield self._view(block)
        if count < len(body):
            self.call_after_refresh(self._mount_rest, page, body[count:])

    def _mount_rest(self, page: Vertical, blocks: list[Block]) -> None:
        if page.is_attached:
            page.mount_all([self._view(block) for block in blocks])

    def _view(self, block: Block) -> BlockView:
        view = BlockView(block, self._quotes.get(block.id, []), self)
        self.blocks[block.id] = view
        return view

    @property
    def show_boilerplate(self) -> bool:
        return self.has_class("-boilerplate")

    def toggle_boilerplate(self) -> bool:
        self.toggle_class("-boilerplate")
        return self.show_boilerplate

    def searchable(self) -> list[Block]:
        shown = self.shown
        return [b for b in shown if self.show_boilerplate or b.kind not in HIDDEN_KINDS]

    def mark(self, hits: list[Span], current: Span | None = None) -> None:
        """Paint hits and the current span; unpaint blocks that no longer have any."""
        by_block: dict[str, list[Span]] = {}
        for hit in hits:
            by_block.setdefault(hit.block, []).append(hit)
        self._marks, self._current = by_block, current
        touched = set(by_block) | ({current.block} if current else set())
        for block_id in touched | self._painted:
            if view := self.blocks.get(block_id):
                view.paint(by_block.get(block_id, []), current)
        self._painted = touched

    def reveal(self, span: Span) -> None:
        view = self.blocks.get(span.block)
        if view is None:
            return
        if view.has_class("boilerplate") and not self.show_boilerplate:
            self.toggle_boilerplate()
        self.call_after_refresh(self.scroll_to_center, view, animate=False)

    # -- subheads ------------------------------------------------------------------
    def headings(self) -> list[Block]:
        """The article's subheads (shown), in order."""
        return [b for b in self.shown if b.kind is BlockKind.HEADING and b.id in self.blocks]

    def action_heading(self, step: int) -> None:
        """To the next (1) or previous (-1) subhead from the top of the view."""
        place, headings = self.place(), self.headings()
        if not headings:
            self.notify("This article has no subheads.", timeout=2)
            return
        order = {b.id: i for i, b in enumerate(self.shown)}
        at = order.get(place.block, -1) if place else -1
        ahead = [h for h in headings if order[h.id] > at] if step > 0 else []
        behind = [h for h in headings if order[h.id] < at] if step < 0 else []
        target = ahead[0] if ahead else behind[-1] if behind else None
        if target is None:
            self.notify("No subhead further that way.", timeout=2)
        else:
            self.post_message(self.Jumped(self, self.scroll_y))
            self.go_to(Place(target.id))

    def action_contents(self) -> None:
        self.post_message(self.ContentsWanted(self))

    def on_resize(self, event: events.Resize) -> None:  # the article grew or the window
        self.keep_place(event.size.width)
        self.post_message(self.Progress(self, self.percent))

    def watch_virtual_size(self, size: Size) -> None:  # more of the article mounted
        self.post_message(self.Progress(self, self.percent))

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self.post_message(self.Progress(self, self.percent))

    @property
    def percent(self) -> int:
        if self.max_scroll_y <= 0:
            return 100
        return round(100 * self.scroll_y / self.max_scroll_y)
