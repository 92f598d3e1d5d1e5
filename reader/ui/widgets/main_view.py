"""The tabs of the reading screen: the article and the comments (embedded articles join)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Static, TabbedContent, TabPane

ARTICLE, COMMENTS = "tab-article", "tab-comments"


class MainView(Horizontal):
    """The tabs: the article (or a "Loading…" line) and the comments, built when opened."""

    def __init__(self, article: Widget, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.article = article

    def compose(self) -> ComposeResult:
        with TabbedContent(id="tabs"):
            with TabPane("Article", id=ARTICLE):
                yield self.article
            with TabPane("Comments", id=COMMENTS):
                yield Static("Loading comments…", id="comments-loading")
