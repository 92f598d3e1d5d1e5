"""The tabs of the reading screen: the article and the comments (embedded articles join)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Static, TabbedContent, TabPane

ARTICLE, COMMENTS = "tab-article", "tab-comments"
SIDE = "side-comments"  # the comments beside the article (layout: side-by-side)


class MainView(Horizontal):
    """The tabs (the article, or "Loading…", and the comments) and a place beside them."""

    def __init__(self, article: Widget, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.article = article

    def compose(self) -> ComposeResult:
        with TabbedContent(id="tabs"):
            with TabPane("Article", id=ARTICLE):
                yield self.article
            with TabPane("Comments", id=COMMENTS):
                yield Static("Loading comments…", id="comments-loading")
        side = Vertical(id=SIDE)
        side.border_title = "Comments"
        yield side
