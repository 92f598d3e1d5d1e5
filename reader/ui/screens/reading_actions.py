"""The reading screen's keys and the messages they lead to: panes, pasted articles,
jumps and going back.

Under it, `SpeakerActions` holds the speakers, `StepActions` search and n/N, and
`PageActions` the page's own keys (links, copy, subheads, new comments, history). All
ask the parts (layout, comments, article views, panel, search bar), never reach into them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.screens.speaker_actions import SpeakerActions
from reader.ui.stepping import Span
from reader.ui.widgets.article_tabs import ARTICLE, COMMENTS
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.reading_layout import ReadingLayout

if TYPE_CHECKING:  # the comments load after the first paint (speed)
    from reader.ui.widgets.comment_links import EmbeddedCard, QuoteLink
    from reader.ui.widgets.comments_pane import CommentsPane


class ReadingActions(SpeakerActions):
    # -- panes -------------------------------------------------------------
    def on_reading_layout_pane_shown(self, event: ReadingLayout.PaneShown) -> None:
        if event.pane_id == COMMENTS:
            self.build_comments()
            self.status("progress", None)  # the article's; the tree shows where it is
        elif view := self.article_view(event.pane_id):
            self.status("progress", f"{view.percent}%")
        self.status("where", event.label)
        self.refresh_speakers()

    def on_article_view_progress(self, event: ArticleView.Progress) -> None:
        active = self.active_pane()
        if active != COMMENTS and event.view is self.article_view(active):
            self.status("progress", f"{event.percent}%")

    def on_comments_pane_filtered(self, event: CommentsPane.Filtered) -> None:
        self.status("filter", f"only {event.author}" if event.author else None)

    def action_comments(self) -> None:
        if self.active_pane() != COMMENTS:
            self.show_pane(COMMENTS)
        else:
            self.show_pane(self.reading.tabs.active if self.reading.side else ARTICLE)

    async def on_embedded_card_opened(self, event: EmbeddedCard.Opened) -> None:
        index = next(i for i, a in enumerate(self.embedded) if a is event.article)
        await self.open_embedded(index)

    async def open_embedded(self, index: int) -> None:
        self.remember()  # backspace comes back here
        tabs, origin = self.reading.tabs, self.active_pane()
        pane_id = tabs.open_panes.get(index)
        if pane_id is None:
            view = self.new_view(self.embedded[index], id=f"embedded-view-{index + 1}")
            pane_id = await tabs.add_embedded(index, view)
        if tabs.embedded_index(origin) is None:  # from the article or the comments: x goes back
            tabs.came_from[pane_id] = origin
        self.show_pane(pane_id)

    async def action_next_embedded(self) -> None:
        if not self.embedded:
            self.notify("No embedded articles in the comments.", timeout=3)
            return
        current = self.reading.tabs.embedded_index(self.active_pane())
        await self.open_embedded(((-1 if current is None else current) + 1) % len(self.embedded))

    def action_close_pane(self) -> None:
        """Close the pasted article's tab, back to where it was opened from."""
        tabs, pane_id = self.reading.tabs, self.active_pane()
        origin = tabs.came_from.get(pane_id, ARTICLE)
        if not tabs.close_embedded(pane_id):
            self.notify("Only embedded-article panes close (x).", timeout=3)
        elif origin == COMMENTS:
            self.show_pane(COMMENTS)

    def action_boilerplate(self) -> None:
        self.toggle_class("-boilerplate")  # every pane's: the article's, a comment's "Reply"
        shown = self.has_class("-boilerplate")
        self.notify("Boilerplate shown." if shown else "Boilerplate hidden.", timeout=2)

    # -- going back ---------------------------------------------------------
    def action_back(self) -> None:
        location = self.history.pop()
        if location is None:
            self.notify("Nothing to go back to.", timeout=2)
            return
        if location.tab == COMMENTS or self.reading.tabs.query(f"#{location.tab}"):
            self.show_pane(location.tab)
        if location.comment is not None and (pane := self.comments()):
            pane.select(location.comment)
        if view := self.article_view(location.tab):
            view.scroll_to(y=location.scroll_y, animate=False)

    def on_quote_link_followed(self, event: QuoteLink.Followed) -> None:
        self.remember()
        if event.block is not None:  # the article paragraph the comment quotes
            self.show_pane(ARTICLE)
            if view := self.article_view(ARTICLE):
                view.reveal(Span(event.block, 0, 0))
        elif event.number is not None and (pane := self.comments()):
            pane.select(event.number, focus=True)

    def action_escape(self) -> None:
        from reader.ui.widgets.search_bar import SearchBar
        from reader.ui.widgets.speakers_panel import SpeakersPanel

        self._mount_extras()
        if not self.query_one(SearchBar).has_class("hidden"):
            self._close_search()
        elif self.marks.speaker is not None:
            self.clear_marks()
            self.notify("Speaker cleared.", timeout=2)
        elif not self.query_one(SpeakersPanel).has_class("hidden"):
            self.action_speakers()
        elif self.marks.any:
            self.clear_marks()  # and no more: going back is backspace's
