"""The open comment: its header, its text, quoted lines as block quotes, links to what it
quotes and embedded articles as cards (`comment_links`)."""

from __future__ import annotations

from typing import ClassVar, Unpack

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.model import BlockKind, Comment
from reader.render.outline import points
from reader.ui.article_layout import HIDDEN_KINDS
from reader.ui.comment_search import highlight
from reader.ui.highlighter import Highlighter, TokenStyles
from reader.ui.keys import COMMENT_BINDINGS
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.comment_links import EmbeddedCard, QuoteLink
from reader.ui.widgets.options import WidgetOptions

_EVIDENCE = {"mention": "names", "quote": "quotes", "echo": "echoes"}


def comment_header(comment: Comment, palette: Palette = DEFAULT_PALETTE) -> Text:
    header = Text()
    header.append(f"#{comment.number} ", style="bold")
    header.append(
        comment.author or "anonymous",
        style=palette["author"] if comment.author else f"italic {palette['muted']}",
    )
    if comment.op:
        header.append(" OP", style="bold reverse")
    if comment.kind != "comment":
        header.append(f" [{comment.kind}]", style=palette["muted"])
    if comment.date_text:
        header.append(f" · {comment.date_text}", style=palette["muted"])
    if comment.score is not None:
        header.append(f" · {points(comment.score)}", style=palette["muted"])
    if comment.parent is not None:
        header.append(f" · reply to #{comment.parent}", style=palette["muted"])
    for evidence in comment.reply_evidence[:3]:
        if evidence.kind == "source":  # the site's own tree: "reply to #N" says it all
            continue
        verb = _EVIDENCE.get(evidence.kind, evidence.kind)
        header.append(f"\n  {verb} #{evidence.comment}: ", style=palette["muted"])
        header.append(evidence.matched[:60], style=f"italic {palette['muted']}")
    return header


class CommentView(VerticalScroll):
    """Shows one comment; `show()` swaps it. Tab gives it the focus: then the reading keys
    (j, k, space, b, g, G) scroll it."""

    BINDINGS: ClassVar[list[BindingType]] = COMMENT_BINDINGS

    def __init__(
        self,
        reading_width: int = 76,
        styles: TokenStyles | None = None,
        palette: Palette = DEFAULT_PALETTE,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(**kwargs)
        self.reading_width = reading_width  # columns of text, at most, as in the article
        self.palette = palette
        self.highlighter = Highlighter(styles or TokenStyles())  # @mentions, quotes, dates
        self.comment: Comment | None = None
        self.term: str | None = None  # searched text, highlighted

    def highlight(self, term: str | None) -> None:
        if term != self.term:
            self.term = term
            if (comment := self.comment) is not None:
                self.comment = None
                self.show(comment)

    def set_width(self, reading_width: int) -> None:
        self.reading_width = reading_width
        for widget in self.children:
            widget.styles.max_width = reading_width

    def recolour(self, styles: TokenStyles, palette: Palette) -> None:
        self.highlighter.styles, self.palette = styles, palette
        if (comment := self.comment) is not None:
            self.comment = None
            self.show(comment)

    def compose(self) -> ComposeResult:
        hint = Text("Select a comment to read it.", style=self.palette["muted"])
        yield Static(hint, classes="comment-header")

    def show(self, comment: Comment, again: bool = False) -> None:
        """The comment's header, text, quotes and pasted articles; ``again``: the same
        comment changed (threaded), shown again where the reader had scrolled it."""
        if comment is self.comment and not again:
            return
        kept = self.scroll_y if again else 0
        self.comment = comment
        palette = self.palette
        widgets: list[Static] = [Static(comment_header(comment, palette), classes="comment-header")]
        for block in comment.blocks:
            if block.kind is BlockKind.META:
                continue
            if block.kind is BlockKind.QUOTE:
                source, article = block.source_comment, block.source_block
                widgets.append(QuoteLink(block.text, source, self.term, palette, article))
            else:
                styled = self.highlighter.text(block.text, mentions=comment.mentions)
                text = highlight(styled, self.term, palette["current-hit"])
                chrome = " boilerplate" if block.kind in HIDDEN_KINDS else ""  # "Reply"
                widgets.append(Static(text, classes=f"comment-text{chrome}"))
                if block.source_block is not None:  # its words in quotation marks
                    widgets.append(QuoteLink("", None, None, palette, block.source_block))
        widgets.extend(EmbeddedCard(article, palette) for article in comment.articles)
        for widget in widgets:
            widget.styles.max_width = self.reading_width
        with self.app.batch_update():
            self.remove_children()
            self.mount_all(widgets)
        if kept:
            self.call_after_refresh(self.scroll_to, y=kept, animate=False)
        else:
            self.scroll_home(animate=False)
