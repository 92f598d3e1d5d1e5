"""The reading screen's keys for the page's links: the links of the article or of the
comment read (`l`), the page's own address (`o`) and where its comments are (`w`)."""

from __future__ import annotations

from textual.css.query import NoMatches

from reader.ingest.source import is_url
from reader.ui.screens.reading_base import ReadingBase
from reader.ui.widgets.article_tabs import COMMENTS

NO_ADDRESS = "This page does not say its web address."  # nor, then, where its comments are


class LinkActions(ReadingBase):
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
        """The keys with nothing to do now, left out of the footer (all three while the
        closing app takes the view down: the footer may compose meanwhile)."""
        idle = set()
        if not self.embedded:
            idle.add("next_embedded")
        try:
            if not self.built or self.reading.tabs.embedded_index(self.active_pane()) is None:
                idle.add("close_pane")
            if self.browser_url() is None:
                idle.add("open_in_browser")
        except NoMatches:
            idle |= {"next_embedded", "close_pane", "open_in_browser"}
        return idle

    def _open_url(self, url: str) -> None:
        self.app.open_url(url)  # it tells whether a browser took it
