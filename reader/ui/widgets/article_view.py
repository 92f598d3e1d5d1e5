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
from reader.model import Article, Block, Quote
from reader.ui import article_text as at
from reader.ui.article_layout import layout
from reader.ui.highlighter import Highlighter, TokenStyles
from reader.ui.keys import ARTICLE_BINDINGS
from reader.ui.stepping import Span
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.article_subheads import SubheadSteps
from reader.ui.widgets.block_view import BlockView
from reader.ui.widgets.options import WidgetOptions


class ArticleView(SubheadSteps):
    """An article, from headline to source line; its boilerplate shows with the screen's
    `-boilerplate` (`B`)."""

    BINDINGS: ClassVar[list[BindingType]] = ARTICLE_BINDINGS

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
        """Reading width, justification and captions, changed at once."""
        self.settings = settings
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
