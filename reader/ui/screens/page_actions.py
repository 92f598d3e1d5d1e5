"""The reading screen's keys for the page itself: copying (`y`), its subheads (`[`, `]`,
`t`), the comments new since last time (`{`, `}`) and the documents read before (`H`);
its links and addresses are `LinkActions`, under it. Lists are imported when first
opened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from reader.model import Block, Quote
from reader.ui.screens.link_actions import LinkActions
from reader.ui.stepping import Steps
from reader.ui.widgets.article_place import Place
from reader.ui.widgets.article_tabs import COMMENTS
from reader.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from reader.config.history import Visit


class PageActions(LinkActions):
    history_name: str | None = None  # the document's own line in the history, not in H's

    @dataclass
    class OpenRequested(Message):
        """Open another document (from the history) in place of this one."""

        name: str

    # -- copy ---------------------------------------------------------------------
    def action_copy(self) -> None:
        """The comment read, the quote or hit shown, else the paragraph at the top."""
        from reader.ui import copying

        pane, view = self.comments(), self.article_view()
        comment = pane.comment_view.comment if pane and pane.comment_view else None
        text, what = None, ""
        if self.active_pane() == COMMENTS and comment is not None:
            text, what = copying.comment_text(comment), f"comment #{comment.number}"
        elif view is not None and (quote := self._quote_shown(view)) is not None:
            text, what = copying.quote_text(quote.text, quote.speaker), "the quote"
        elif view is not None and (block := self._block_read(view)) is not None:
            text, what = copying.paragraph_text(block, view.article), "the paragraph"
        if text is None:
            self.notify("Nothing to copy here.", timeout=2)
            return
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {what}.", timeout=2)

    def _quote_shown(self, view: ArticleView) -> Quote | None:
        span = self.marks.quotes(view.article).current if self.marks.speaker else None
        if span is None:
            return None
        quotes = view.article.quotes
        return next((q for q in quotes if (q.block, q.start) == (span.block, span.start)), None)

    def _block_read(self, view: ArticleView) -> Block | None:
        hit = self.marks.hits.current
        place = view.place()
        block_id = hit.block if hit is not None else place.block if place else None
        return next((b for b in view.shown if b.id == block_id), None)

    # -- subheads -----------------------------------------------------------------
    def on_article_view_jumped(self, event: ArticleView.Jumped) -> None:
        self.remember(event.scroll_y)

    def on_article_view_contents_wanted(self, event: ArticleView.ContentsWanted) -> None:
        from reader.ui.screens.pick_screen import PickScreen, Row

        view = event.view
        rows = [Row(h.id, h.text) for h in view.headings()]
        if not rows:
            self.notify("This article has no subheads.", timeout=2)
            return

        def go(block: str | None) -> None:
            if block is not None:
                self.remember()
                view.go_to(Place(block))
                view.focus()

        self.app.push_screen(PickScreen("Contents", rows, "Enter goes there · Esc closes"), go)

    # -- comments new since the last visit --------------------------------------------------
    def action_new(self, step: int) -> None:
        """The next (1) or previous (-1) comment new since the last visit, in the tree."""
        if self.document is None or not any(c.new for c in self.document.article.comments):
            self.notify("No comments are new since you last read this page.", timeout=3)
            return
        pane = self.comments()
        if pane is None:  # built first, then the step
            self.show_pane(COMMENTS)
            self.call_after_refresh(self.action_new, step)
            return
        numbers, current = pane.new_comments(), pane.kept()[1]
        walk = Steps(numbers, numbers.index(current) if current in numbers else -1)
        number = walk.step(step)
        self.remember()
        self.show_pane(COMMENTS)
        pane.select(number, focus=True)
        self.status("search", f"new comment {walk.where()}")

    # -- history --------------------------------------------------------------------
    def action_history(self) -> None:
        from reader.config.history import load_history  # read when asked
        from reader.ui.screens.pick_screen import PickScreen, Row

        visits = [v for v in load_history() if v.name != self.history_name]
        if not visits:
            self.notify("No documents read before.", timeout=3)
            return
        rows = [Row(v.name, v.title or v.name, _when_and_where(v)) for v in visits]

        def reopen(name: str | None) -> None:
            if name is not None:
                self.post_message(self.OpenRequested(name))

        self.app.push_screen(PickScreen("Read before", rows, "Enter opens · Esc closes"), reopen)


def _when_and_where(visit: Visit) -> str:
    when = visit.opened[:16].replace("T", " ")
    return " · ".join(p for p in (visit.name, when, visit.stopped) if p)
