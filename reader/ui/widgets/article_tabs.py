"""The tabs: the article, the comments, and a tab for each embedded article opened (`x`
closes it). Each tab's article view is found here; the tab ids are fixed."""

from __future__ import annotations

from typing import Unpack

from textual.content import Content
from textual.css.query import NoMatches
from textual.widgets import TabbedContent, TabPane

from reader.model import Article
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.options import WidgetOptions

ARTICLE, COMMENTS = "tab-article", "tab-comments"


class ArticleTabs(TabbedContent):
    def __init__(self, **kwargs: Unpack[WidgetOptions]) -> None:
        super().__init__(**kwargs)
        self.open_panes: dict[int, str] = {}  # embedded index -> pane id
        self.came_from: dict[str, str] = {}  # embedded pane id -> the pane it was opened from

    def on_tab_pane_focused(self, event: TabPane.Focused) -> None:
        """The tabs do not follow the focus into a hidden pane (Textual's way): a focus
        asked for just before the reader moved on would pull the tabs back after it."""
        event.stop()
        event.prevent_default()

    def article_view(self, pane_id: str) -> ArticleView | None:
        """The article view of a tab (comments: the article's)."""
        pane_id = ARTICLE if pane_id == COMMENTS else pane_id
        if not pane_id:  # no tab active yet (the tabs are being built)
            return None
        try:
            return self.query_one(f"#{pane_id}", TabPane).query_one(ArticleView)
        except NoMatches:
            return None

    def embedded_index(self, pane_id: str) -> int | None:
        return next((i for i, p in self.open_panes.items() if p == pane_id), None)

    async def add_embedded(self, index: int, view: ArticleView) -> str:
        """A tab for embedded article `index` showing `view`, waited for: a tab added and
        shown at once stayed behind the comments."""
        article: Article = view.article
        title = (article.source or article.title or "Embedded")[:24]
        pane_id = self.open_panes[index] = f"tab-embedded-{index + 1}"
        await self.add_pane(TabPane(Content(f"▤ {title}"), view, id=pane_id))  # not markup
        return pane_id

    def close_embedded(self, pane_id: str) -> bool:
        """Close an embedded article's pane (back to the article); False for other panes."""
        index = self.embedded_index(pane_id)
        if index is None:
            return False
        del self.open_panes[index]
        self.came_from.pop(pane_id, None)
        self.active = ARTICLE
        self.remove_pane(pane_id)
        return True
