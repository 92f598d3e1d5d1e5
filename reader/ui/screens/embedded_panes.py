"""The reading screen's embedded articles: a tab each, built when first opened; `x` closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import TabbedContent, TabPane

from reader.model import Article
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.main_view import ARTICLE

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen
    from reader.ui.widgets.comment_view import EmbeddedCard

    _Base = ReaderScreen
else:
    _Base = object


class EmbeddedPanes(_Base):
    embedded: list[Article]
    open_panes: dict[int, str]  # embedded index -> pane id

    async def on_embedded_card_opened(self, event: EmbeddedCard.Opened) -> None:  # by name
        index = next(i for i, a in enumerate(self.embedded) if a is event.article)
        await self.open_embedded(index)

    async def open_embedded(self, index: int) -> None:
        """Go to embedded article `index`, adding its tab first (and waiting for it: a tab
        added and shown at once stayed behind the comments)."""
        tabs = self.query_one(TabbedContent)
        if index not in self.open_panes:
            article = self.embedded[index]
            pane_id = f"tab-embedded-{index + 1}"
            title = (article.source or article.title or "Embedded")[:24]
            view = ArticleView(
                article,
                self.settings,
                self.palette,
                self.token_styles,
                id=f"embedded-view-{index + 1}",
            )
            self.open_panes[index] = pane_id
            await tabs.add_pane(TabPane(Content(f"▤ {title}"), view, id=pane_id))  # not markup
        self.show_pane(self.open_panes[index])

    def close_pane(self) -> bool:
        tabs = self.query_one(TabbedContent)
        for index, pane_id in list(self.open_panes.items()):
            if pane_id == self.active_pane():
                del self.open_panes[index]
                self.show_pane(ARTICLE)
                tabs.remove_pane(pane_id)
                return True
        return False

    async def action_next_embedded(self) -> None:
        if not self.embedded:
            self.notify("No embedded articles in the comments.", timeout=3)
            return
        active = self.active_pane()
        current = next((i for i, p in self.open_panes.items() if p == active), -1)
        await self.open_embedded((current + 1) % len(self.embedded))

    def action_close_pane(self) -> None:
        if not self.close_pane():
            self.notify("Only embedded-article panes close (x).", timeout=3)
