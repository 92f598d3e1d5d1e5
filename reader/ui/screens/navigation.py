"""The reading screen's actions: search, speakers, n/N, jumps and going back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import TabbedContent

from reader.model import Speaker
from reader.ui.article_text import Span, find_all
from reader.ui.history import History, Location
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.main_view import COMMENTS

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen
    from reader.ui.widgets.search_bar import SearchBar

    _Base = ReaderScreen
else:
    _Base = object


class Navigation(_Base):
    history: History
    hits: list[Span]
    hit_index: int
    speaker: Speaker | None
    quote_index: int

    def reset_navigation(self) -> None:
        self.history, self.hits, self.hit_index = History(), [], -1
        self.speaker, self.quote_index = None, -1
        self.comment_hits, self.comment_hit_index, self.comment_term = [], -1, None

    # -- going back -------------------------------------------------------
    def location(self) -> Location:
        from reader.ui.widgets.comment_tree import CommentTree

        view = self.article_view()
        tree = self.query(CommentTree).first(CommentTree) if self.query(CommentTree) else None
        return Location(
            self.active_pane(), view.scroll_y if view else 0, tree.current if tree else None
        )

    def remember(self) -> None:
        self.history.push(self.location())

    def action_back(self) -> None:
        from reader.ui.widgets.comment_tree import CommentTree

        location = self.history.pop()
        if location is None:
            self.notify("Nothing to go back to.", timeout=2)
            return
        tabs = self.query_one(TabbedContent)
        if location.tab == COMMENTS or tabs.query(f"#{location.tab}"):
            self.show_pane(location.tab)
        if location.comment is not None and self.query(CommentTree):
            self.query_one(CommentTree).select(location.comment)
        if view := self.article_view(location.tab):
            view.scroll_to(y=location.scroll_y, animate=False)

    def action_escape(self) -> None:
        from reader.ui.widgets.search_bar import SearchBar
        from reader.ui.widgets.speakers_panel import SpeakersPanel

        self._mount_extras()
        search = self.query_one(SearchBar)
        speakers = self.query_one(SpeakersPanel)
        if not search.has_class("hidden"):
            self._close_search()
        elif self.speaker is not None:
            self._clear_marks()
            self.notify("Speaker cleared.", timeout=2)
        elif not speakers.has_class("hidden"):
            self.action_speakers()
        elif self.hits or self.comment_hits:
            self._clear_marks()
        else:
            self.action_back()

    # -- search -----------------------------------------------------------
    def action_search(self) -> None:
        from reader.ui.widgets.search_bar import SearchBar

        self._mount_extras()
        bar = self.query_one(SearchBar)
        on_comments = self.active_pane() == COMMENTS
        bar.placeholder = f"search the {'comments' if on_comments else 'article'} (Enter; Esc)"
        bar.remove_class("hidden")
        self.call_after_refresh(bar.focus)

    def on_search_bar_searched(self, event: SearchBar.Searched) -> None:
        if self.active_pane() == COMMENTS:
            self._close_search()
            self.search_comments(event.term)
            return
        view = self.article_view()
        if view is None:
            return
        self._clear_marks()
        self.hits = find_all(view.searchable(), event.term)
        self._close_search()
        if not self.hits:
            self.notify(f"Not found: {event.term}", severity="warning", timeout=3)
            self.status("search", None)
            return
        self._step_hits(1)

    def on_search_bar_closed(self, event: SearchBar.Closed | None = None) -> None:
        self._close_search()

    def _close_search(self) -> None:
        from reader.ui.widgets.comment_tree import CommentTree
        from reader.ui.widgets.search_bar import SearchBar

        self.query(SearchBar).add_class("hidden")
        if self.active_pane() == COMMENTS:
            self.query(CommentTree).focus()
        elif view := self.article_view():
            view.focus()

    def _step_hits(self, step: int) -> None:
        view = self.article_view()
        if view is None:
            return
        self.hit_index = (self.hit_index + step) % len(self.hits)
        current = self.hits[self.hit_index]
        self.remember()
        view.mark(self.hits, current)
        view.reveal(current)
        self.status("search", f"hit {self.hit_index + 1}/{len(self.hits)}")

    def _clear_marks(self) -> None:
        self.hits, self.hit_index = [], -1
        self.speaker, self.quote_index = None, -1
        self.reset_comment_hits()
        for view in self.query(ArticleView):
            view.mark([])
        self.status("search", None)
        self.status("speaker", None)

    def action_step(self, step: int) -> None:
        on_comments = self.active_pane() == COMMENTS
        if self.speaker is not None:
            self._step_quotes(step)
        elif self.comment_hits and (on_comments or not self.hits):
            self.show_pane(COMMENTS)
            self.step_comment_hits(step)
        elif self.hits:
            self._step_hits(step)
        else:
            self.notify("Nothing to step through: / searches, s picks a speaker.", timeout=3)
