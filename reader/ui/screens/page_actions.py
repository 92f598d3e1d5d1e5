"""The reading screen's keys for the page itself: its links (`l`), its own address (`o`),
copying (`y`), its subheads (`[`, `]`, `t`), the comments new since last time (`{`, `}`)
and the documents read before (`H`). Their lists are imported when first opened."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from reader.ingest.source import is_url
from reader.model import Block, Quote
from reader.ui.screens.reading_base import ReadingBase
from reader.ui.stepping import Steps
from reader.ui.widgets.article_place import Place
from reader.ui.widgets.article_tabs import COMMENTS
from reader.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from reader.config.history import Visit


NO_ADDRESS = "This page does not say its web address."  # nor, then, where its comments are


class PageActions(ReadingBase):
    history_name: str | None = None  # the document's own line in the history, not in H's

    @dataclass
    class OpenRequested(Message):
        """Open another document (from the history) in place of this one."""

        name: str

    # -- links ----------------------------------------------------------------
    def action_links(self) -> None:
        """The links of the comment read (on the comments), else of the article."""
        from reader.ui.links import links_in
        from reader.ui.screens.pick_screen import PickScreen, Row

        pane, view = self.comments(), self.article_view()
        comment = pane.comment_view.comment if pane and pane.comment_view else None
        if self.active_pane() == COMMENTS:
            if comment is None:
                self.notify("Select a comment first.", timeout=2)
                return
            blocks, what = comment.blocks, f"comment #{comment.number}"
        elif view is not None:
            blocks, what = view.shown, "the article"
        else:
            return
        links = links_in(blocks)
        if not links:
            self.notify(f"No links in {what}.", timeout=3)
            return
        rows = [Row(str(i), link.text, link.url) for i, link in enumerate(links)]
        urls = [link.url for link in links]
        self.app.push_screen(
            PickScreen(f"Links of {what}", rows, "Enter opens in the browser · Esc closes"),
            lambda picked: self._open_url(urls[int(picked)]) if picked is not None else None,
        )

    def page_url(self) -> str | None:
        """What `o` opens, the page itself: for a discussion, the page discussed (else the
        discussion, an Ask HN); else the address the page states (an HTML page's canonical
        link), else the one it was read from."""
        document = self.document
        if document is None:
            return None
        stated, discussion, name = document.article.url, document.discussion, document.input_name
        if discussion is not None:
            return stated or discussion.article_url or discussion.url
        return stated or (name if is_url(name) else None)

    def action_open_page(self) -> None:
        url = self.page_url()
        if url is None:
            self.notify(NO_ADDRESS, timeout=3)
        else:
            self._open_url(url)

    def action_open_in_browser(self) -> None:
        url = self.browser_url()
        if url:
            self._open_url(url)
        else:
            self.notify(NO_ADDRESS, timeout=3)

    def browser_url(self) -> str | None:
        """What `w` opens, where the comments are: the comment read (on the comments tab),
        else the discussion, else the page itself (its comments are on it)."""
        pane, document = self.comments(), self.document
        comment = pane.comment_view.comment if pane and pane.comment_view else None
        if comment and comment.url and self.active_pane() == COMMENTS:
            return comment.url
        if document is not None and document.discussion is not None:
            return document.discussion.url
        return self.page_url()

    def idle_actions(self) -> set[str]:
        """The keys with nothing to do now, left out of the footer."""
        idle = set()
        if not self.embedded:
            idle.add("next_embedded")
        if not self.built or self.reading.tabs.embedded_index(self.active_pane()) is None:
            idle.add("close_pane")
        if self.browser_url() is None:
            idle.add("open_in_browser")
        return idle

    def _open_url(self, url: str) -> None:
        self.app.open_url(url)
        self.notify(f"Opened {url}", timeout=3)

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
