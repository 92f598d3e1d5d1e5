"""The reading screen's embedded articles: a tab each, built when first opened; `x` closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

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

    def on_embedded_card_opened(self, event: EmbeddedCard.Opened) -> None:  # mixin: by name
        index = next(i for i, a in enumerate(self.embedded) if a is event.article)
        self.open_embedded(index)

    def open_embedded(self, index: int) -> None:
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
            tabs.add_pane(TabPane(f"▤ {title}", view, id=pane_id))
            self.open_panes[index] = pane_id
        pane_id = self.open_panes[index]
        self.call_after_refresh(self.show_pane, pane_id)

    def close_pane(self) -> bool:
        tabs = self.query_one(TabbedContent)
        for index, pane_id in list(self.open_panes.items()):
            if pane_id == self.active_pane():
                del self.open_panes[index]
                self.show_pane(ARTICLE)
                tabs.remove_pane(pane_id)
                return True
        return False

    def action_next_embedded(self) -> None:
        if not self.embedded:
            self.notify("No embedded articles in the comments.", timeout=3)
            return
        active = self.active_pane()
        current = next((i for i, p in self.open_panes.items() if p == active), -1)
        self.open_embedded((current + 1) % len(self.embedded))

    def action_close_pane(self) -> None:
        if not self.close_pane():
            self.notify("Only embedded-article panes close (x).", timeout=3)
