"""The reading screen's search and n/N: `/` marks the hits in the article or the
comments, and n/N walk whichever was asked last (`stepping.Marks`): the hits, or the
quotes of the speaker picked (`speaker_actions`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.screens.page_actions import PageActions
from reader.ui.stepping import Steps, find_all
from reader.ui.widgets.article_tabs import ARTICLE, COMMENTS
from reader.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:  # the search bar loads after the first paint (speed)
    from reader.ui.widgets.search_bar import SearchBar


class StepActions(PageActions):
    # -- search -------------------------------------------------------------
    def action_search(self) -> None:
        from reader.ui.widgets.search_bar import SearchBar

        self._mount_extras()
        bar = self.query_one(SearchBar)
        on_comments = self.active_pane() == COMMENTS
        bar.placeholder = f"search the {'comments' if on_comments else 'article'} (Enter; Esc)"
        bar.remove_class("hidden")
        self.call_after_refresh(bar.focus)

    def on_search_bar_searched(self, event: SearchBar.Searched) -> None:
        self._close_search()
        if self.active_pane() == COMMENTS:
            self.search_comments(event.term)
        elif view := self.article_view():
            self.clear_marks()
            self.marks.hits = Steps(find_all(view.searchable(), event.term))
            if not self.marks.hits:
                self.notify(f"Not found: {event.term}", severity="warning", timeout=3)
                self.status("search", None)
                return
            self._step_hits(1)

    def on_search_bar_closed(self, event: SearchBar.Closed) -> None:
        self._close_search()

    def _close_search(self) -> None:
        self.query("SearchBar").add_class("hidden")
        pane, view = self.comments(), self.article_view()
        if self.active_pane() == COMMENTS and pane and pane.comment_tree:
            pane.comment_tree.focus()
        elif self.active_pane() != COMMENTS and view:
            view.focus()

    def search_comments(self, term: str) -> None:
        """Mark every comment that holds `term` in the tree and go to the first."""
        self._clear_comment_hits()
        pane = self.comments()
        hits = pane.search(term) if pane else []
        if pane is not None and not hits:
            self.notify(f"No comment says: {term}", severity="warning", timeout=3)
            self.status("search", None)
        elif hits:
            self.marks.unfollow()  # n/N walk the search asked last, not a speaker before it
            self.status("speaker", None)
            self.marks.comment_hits, self.marks.comment_term = Steps(hits), term
            self._step_comment_hits(1)

    def _clear_comment_hits(self) -> None:
        self.marks.comment_hits, self.marks.comment_term = Steps(), None
        if pane := self.comments():
            pane.clear_hits()

    def clear_marks(self) -> None:
        self.marks.clear()
        self._clear_comment_hits()
        for view in self.query(ArticleView):
            view.mark([])
        self.status("search", None)
        self.status("speaker", None)

    # -- n / N ---------------------------------------------------------------
    def action_step(self, step: int) -> None:
        walks = self.marks.walks(on_comments=self.active_pane() == COMMENTS)
        if walks == "quotes":
            self._step_quotes(step)
        elif walks == "comments":
            self.show_pane(COMMENTS)
            self._step_comment_hits(step)
        elif walks == "hits":
            self._step_hits(step)
        else:
            self.notify("Nothing to step through: / searches, s picks a speaker.", timeout=3)

    def _step_hits(self, step: int) -> None:
        if view := self.article_view():
            hit = self.marks.hits.step(step)
            self.remember()
            view.mark(self.marks.hits.items, hit)
            view.reveal(hit)
            self.status("search", f"hit {self.marks.hits.where()} (n/N)")

    def _step_comment_hits(self, step: int) -> None:
        if pane := self.comments():
            number = self.marks.comment_hits.step(step)
            self.remember()
            pane.show_hit(number, self.marks.comment_term)
            self.status("search", f"comment hit {self.marks.comment_hits.where()} (n/N)")

    def _step_quotes(self, step: int) -> None:
        view, speaker = self.article_view(), self.marks.speaker
        if view is None or speaker is None:
            return
        quotes = self.marks.quotes(view.article)
        if not quotes:
            self.notify(f"No quotes of {speaker.name} in this pane.", timeout=3)
            return
        span = quotes.step(step)
        self.marks.quote_index, self.marks.quoted = quotes.index, view.article
        self.remember()
        if self.active_pane() == COMMENTS:  # the quote is in the article: show it
            self.show_pane(ARTICLE)
        view.mark([], span)
        view.reveal(span)
        self.status("speaker", f"{speaker.name}: quote {quotes.where()} (n/N)")
