"""The reading screen's document: shown (a preview first, for a big page, then the
whole), its comments built the first time they show, and moved beside the article or
into a tab as the setting and the width say; new settings applied at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import AwaitMount

from reader.config.settings import Settings
from reader.config.state import DocumentState
from reader.model import Document
from reader.render.outline import discussion_line
from reader.ui.comment_count import comments_label, still_coming
from reader.ui.screens.reading_settings import ReadingSettings
from reader.ui.widgets.article_tabs import ARTICLE, COMMENTS
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.reading_layout import wants_side

if TYPE_CHECKING:
    from reader.ui.widgets.comments_pane import Kept


class ReadingDocument(ReadingSettings):
    complete: bool  # False while only a preview of a big page is shown
    threaded: bool  # False while its comments are being threaded (shown flat until then)

    # -- the document -----------------------------------------------------
    def show_document(
        self, document: Document, complete: bool = True, threaded: bool = True
    ) -> None:
        """Show a parsed document; a preview (complete=False) is replaced later, and
        comments not yet ``threaded`` are regrouped in place (``threads_landed``)."""
        self.document, self.complete, self.threaded = document, complete, threaded
        if not self.built:
            return  # shown when the full view is built
        layout, view = self.reading, self.article_view(ARTICLE)
        article = document.article
        self.embedded = article.embedded() if complete else []
        mounted: AwaitMount | None = None
        if view is not None and view.article is not article:
            self.clear_marks()  # hits and quotes of the quick article: gone with it
            view.show(article)
        elif view is None:
            pane = layout.tabs.get_pane(ARTICLE)
            with self.app.batch_update():
                pane.remove_children()
                view = self.new_view(article)
                mounted = pane.mount(view)
        if self.focused is None or not self.focused.is_attached:
            layout.focus_in(ARTICLE, view, mounted)
        self.call_after_refresh(self._mount_extras)  # after the first paint
        self.refresh_speakers()
        self._label(comments_label(document) if complete else "Comments (…)")
        self.status("loading", still_coming(complete, threaded))
        if document.discussion is not None:  # the site, points, count, OP: one line
            line = discussion_line(document.discussion, with_url=False)
            self.status("discussion", line.split(" · "))  # the time, then the OP give way
        if complete:
            self.restore_state()
        if complete and self._side() != layout.side:  # no comments: the article alone
            self.call_later(self.apply_layout)
        elif complete and (layout.side or self.active_pane() == COMMENTS):
            self.build_comments(focus=not layout.side)
        self.refresh_bindings()  # the footer: the keys this document gives something to do

    def threads_landed(self) -> None:
        """The comments' parents are in (the same document, threaded in place): the count
        (new ones are known now) and the tree regrouped where the reader is."""
        self.threaded = True
        if not self.built or self.document is None:
            return  # the view, when built, shows the threaded comments
        self._label(comments_label(self.document))
        self.status("loading", None)
        if pane := self.comments():
            pane.regroup()

    def _label(self, label: str) -> None:
        """The comments' tab and, while they are read, the status bar: the count."""
        self.reading.set_label(label)
        if self.active_pane() == COMMENTS:
            self.status("where", label)

    def build_comments(self, focus: bool = True, kept: Kept | None = None) -> AwaitMount | None:
        """The comments, in their tab or beside, the first time they show."""
        from reader.ui.widgets.comments_pane import CommentsPane

        if self.document is None or not self.complete or self.comments() is not None:
            return None
        if kept is None and self.saved != DocumentState():
            kept = (set(self.saved.closed_comments), self.saved.comment)
        layout = self.reading
        host = layout.comments_host()
        host.remove_children()
        settings, palette, styles = self.settings, self.palette, self.token_styles
        flat = not self.threaded  # the tree regroups when the threading lands
        pane = CommentsPane(self.document, settings, palette, styles, kept, flat, id="comments")
        mounted = host.mount(pane)
        if focus:
            self.call_after_refresh(self._focus_tree, mounted)
        return mounted

    async def _focus_tree(self, mounted: AwaitMount) -> None:
        await mounted
        pane = self.comments()
        if pane and (tree := pane.comment_tree) and self.reading.pane_shown(COMMENTS):
            self.set_focus(tree)

    # -- the layout --------------------------------------------------------
    def _side(self) -> bool:
        bare = self.complete and self.document is not None and not self.document.article.comments
        return wants_side(self.settings.layout, self.size.width, bare)

    def on_resize(self) -> None:
        if self.built and self._side() != self.reading.side:
            self.call_later(self.apply_layout)

    async def apply_layout(self) -> None:
        """Move the comments to where the setting and the width put them."""
        from textual.widgets import Static

        side = self._side()
        if not self.built or side == self.reading.side:
            return
        layout = self.reading
        was_on_comments = layout.active_pane() == COMMENTS
        pane = layout.comments()
        kept = pane.kept() if pane is not None else None
        await layout.set_side(side, was_on_comments)
        if self.complete:
            if (mounted := self.build_comments(focus=was_on_comments, kept=kept)) is not None:
                await mounted
        else:
            await layout.comments_host().mount(Static("Loading comments…", id="comments-loading"))
        if was_on_comments and not side:
            layout.tabs.active = COMMENTS
        elif not was_on_comments and (view := self.article_view()):
            view.focus()

    def apply_settings(self, settings: Settings) -> None:
        old, self.settings = self.settings, settings
        if settings.show_boilerplate != old.show_boilerplate:
            self.set_class(settings.show_boilerplate, "-boilerplate")
        for view in self.query(ArticleView):
            view.apply(settings)
        if pane := self.comments():
            pane.apply(settings)
        if settings.layout != old.layout:
            self.call_later(self.apply_layout)
