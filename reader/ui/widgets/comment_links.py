"""What an open comment links to: the comment or article paragraph it quotes (a line to
follow, `QuoteLink`) and an article pasted in it (a card that opens it, `EmbeddedCard`).
Each posts a message the reading screen routes."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Static

from reader.model import Article
from reader.ui.comment_search import highlight
from reader.ui.theming import Palette


class QuoteLink(Static, can_focus=True):
    """A quoted line; Enter or a click jumps to the comment it came from, or to the
    article paragraph it quotes (``block``). With no text, the link line alone: under
    a comment's own line that quotes the article's words."""

    @dataclass
    class Followed(Message):
        number: int | None  # the source comment
        block: str | None = None  # or the article paragraph quoted

    def __init__(
        self,
        text: str,
        source: int | None,
        term: str | None,
        palette: Palette,
        block: str | None = None,
    ) -> None:
        body = highlight(Text(text), term, palette["current-hit"])
        if not text:
            body.append("↪ quotes the article", style=palette["link"])
        elif source is not None or block is not None:
            where = f"#{source}" if source is not None else "the article"
            body.append(f"\n↪ from {where}", style=palette["link"])
        super().__init__(body, classes="quote-block" if text else "quote-from")
        self.source, self.block = source, block

    def _follow(self) -> None:
        if self.source is not None or self.block is not None:
            self.post_message(self.Followed(self.source, self.block))

    def on_click(self, event: events.Click) -> None:
        self._follow()

    def on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            self._follow()


class EmbeddedCard(Static, can_focus=True):
    """An article pasted into a comment: source, headline, authors. Enter opens it."""

    @dataclass
    class Opened(Message):
        article: Article

    def __init__(self, article: Article, palette: Palette) -> None:
        card = Text()
        name = (article.source or article.site or "Article").upper()
        card.append(name, style=f"bold {palette['embedded']}")
        card.append("\n")
        card.append(article.title or "(untitled)", style="bold")
        if article.authors:
            card.append("\nBy " + ", ".join(article.authors), style=palette["muted"])
        card.append("\n⏎ open in a tab", style=f"italic {palette['muted']}")
        super().__init__(card, classes="embedded-card")
        self.article = article

    def on_click(self, event: events.Click) -> None:
        self.post_message(self.Opened(self.article))

    def on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            self.post_message(self.Opened(self.article))
