"""The reading screen's tabs: the article view of each, a tab coming up, `c` and back.

A tab that comes up gets the focus and the status bar's "where" and "progress"; the
Comments tab builds its tree the first time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.css.query import NoMatches
from textual.widgets import TabbedContent, TabPane

from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.main_view import ARTICLE, COMMENTS

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen

    _Base = ReaderScreen
else:
    _Base = object


class TabSwitching(_Base):
    def article_view(self, pane_id: str | None = None) -> ArticleView | None:
        """The article view of a tab (default: the active one; comments: the article)."""
        pane_id = pane_id or self.active_pane()
        if pane_id == COMMENTS:
            pane_id = ARTICLE
        try:
            return self.query_one(f"#{pane_id}", TabPane).query_one(ArticleView)
        except NoMatches:
            return None

    # A mixin's handlers go by name: `@on` takes effect only on a message pump's own class.
    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        from reader.ui.widgets.comment_tree import CommentTree

        pane_id = event.pane.id or ""
        if pane_id == COMMENTS:
            self._build_comments()
            for tree in self.query(CommentTree):
                self.focus_in(COMMENTS, tree)
            self.status("progress", None)  # the article's; the tree shows where it is
        elif view := self.article_view(pane_id):
            self.focus_in(pane_id, view)
            self.status("progress", f"{view.percent}%")
        self.status("where", str(event.tab.label))
        self._refresh_speakers()

    def on_article_view_progress(self, event: ArticleView.Progress) -> None:  # mixin: by name
        active = self.active_pane()
        if active != COMMENTS and event.view is self.article_view(active):
            self.status("progress", f"{event.percent}%")

    def action_comments(self) -> None:
        if self.active_pane() != COMMENTS:
            self.show_pane(COMMENTS)
        else:
            self.show_pane(self.query_one(TabbedContent).active if self.side else ARTICLE)
