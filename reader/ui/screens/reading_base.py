"""What the reading screen's key modules share: the document and its settings, where
the reader has been (`history.History`) and what n/N walks (`stepping.Marks`), and how to
reach the parts `ReaderScreen` builds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from textual.screen import Screen
from textual.widget import AwaitMount

from reader.config.settings import Settings
from reader.model import Article, Document
from reader.ui.highlighter import TokenStyles
from reader.ui.history import History, Location
from reader.ui.stepping import Marks
from reader.ui.theming import Palette
from reader.ui.widgets.article_tabs import COMMENTS
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.options import WidgetOptions
from reader.ui.widgets.reading_layout import ReadingLayout
from reader.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from reader.ui.widgets.comments_pane import CommentsPane, Kept


class ReadingBase(Screen[None]):
    settings: Settings
    document: Document | None
    embedded: list[Article]
    palette: Palette
    token_styles: TokenStyles
    built: bool  # the tabs exist (after the first paint when it was flat)

    def __init__(self) -> None:
        super().__init__()
        self.history = History()  # where the reader was before each jump
        self.marks = Marks()  # what n/N walks

    # the view, as ReaderScreen builds it
    def comments(self) -> CommentsPane | None:
        raise NotImplementedError

    def article_view(self, pane_id: str | None = None) -> ArticleView | None:
        raise NotImplementedError

    def active_pane(self) -> str:
        raise NotImplementedError

    def new_view(self, article: Article, **kwargs: Unpack[WidgetOptions]) -> ArticleView:
        raise NotImplementedError

    def build_comments(self, focus: bool = True, kept: Kept | None = None) -> AwaitMount | None:
        raise NotImplementedError

    def _mount_extras(self) -> None:
        raise NotImplementedError

    @property
    def reading(self) -> ReadingLayout:
        return self.query_one(ReadingLayout)

    def status(self, key: str, value: str | Sequence[str] | None) -> None:
        self.query_one(StatusBar).set(key, value)

    def show_pane(self, pane_id: str) -> None:
        if pane_id == COMMENTS:
            self.build_comments()
        self.reading.show_pane(pane_id)

    def remember(self, scroll_y: float | None = None) -> None:
        """Where the reader is (the article at `scroll_y`, if given), for `backspace`."""
        view, pane = self.article_view(), self.comments()
        current = pane.comment_tree.current if pane and pane.comment_tree else None
        y = scroll_y if scroll_y is not None else view.scroll_y if view else 0
        self.history.push(Location(self.active_pane(), y, current))
