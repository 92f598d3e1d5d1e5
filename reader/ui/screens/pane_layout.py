"""Article and comments side by side on a wide screen, or stacked as tabs (`layout`).

Side by side, the comments (tree and opened comment) live in `#side-comments`, right of
the tabs, and the Comments tab is hidden; "the comments are active" means the focus was
last there. Narrower than `WIDE` columns the screen shows tabs whatever the setting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widget import Widget
from textual.widgets import Static, TabbedContent

from reader.ui.widgets.main_view import ARTICLE, COMMENTS, SIDE

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen

    _Base = ReaderScreen
else:
    _Base = object

WIDE = 140  # columns that side by side needs


class PaneLayout(_Base):
    side: bool  # the comments are beside the article
    on_side: bool  # side by side, the focus was last in the comments

    def wants_side(self) -> bool:
        return self.settings.layout == "side-by-side" and self.size.width >= WIDE

    def comments_host(self) -> Widget:
        return self.query_one(f"#{SIDE}" if self.side else f"#{COMMENTS}")

    def active_pane(self) -> str:
        """COMMENTS, ARTICLE or an embedded pane: where the reader is."""
        if self.side and self.on_side:
            return COMMENTS
        return self.query_one(TabbedContent).active

    def pane_shown(self, pane_id: str) -> bool:
        if self.side and pane_id == COMMENTS:
            return True
        return self.query_one(TabbedContent).active == pane_id

    def show_pane(self, pane_id: str) -> None:
        """Go to a pane: its tab, or (side by side) the focus to the comments / the tab."""
        from reader.ui.widgets.comment_tree import CommentTree

        tabs = self.query_one(TabbedContent)
        if not self.side:
            tabs.active = pane_id
            return
        if pane_id == COMMENTS:
            self._build_comments()
            self.query(CommentTree).focus()
            return
        tabs.active = pane_id
        if view := self.article_view(pane_id):
            view.focus()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if self.side:
            side = self.query_one(f"#{SIDE}")
            if side in event.widget.ancestors_with_self:
                self.on_side = True
            elif self.query_one(TabbedContent) in event.widget.ancestors:
                self.on_side = False

    def on_resize(self, event: events.Resize) -> None:
        if self.built and self.wants_side() != self.side:
            self.call_later(self.apply_layout)

    async def apply_layout(self) -> None:
        """Move the comments to where the setting and the width put them."""
        from reader.ui.widgets.comment_tree import CommentTree

        side = self.wants_side()
        if not self.built or side == self.side:
            return
        was_on_comments = self.active_pane() == COMMENTS
        trees = self.query(CommentTree)
        tree = trees.first(CommentTree) if trees else None
        kept = (tree.with_replies() - tree.expanded, tree.current) if tree else None
        await self.comments_host().remove_children()
        tabs = self.query_one(TabbedContent)
        self.side, self.on_side = side, was_on_comments
        self.set_class(side, "-side")
        if side:
            if tabs.active == COMMENTS:
                tabs.active = ARTICLE
            tabs.hide_tab(COMMENTS)
        else:
            tabs.show_tab(COMMENTS)
        if self.complete:
            self._build_comments(focus=was_on_comments, kept=kept)
        else:
            await self.comments_host().mount(Static("Loading comments…", id="comments-loading"))
        if was_on_comments and not side:
            tabs.active = COMMENTS
        elif not was_on_comments and (view := self.article_view()):
            view.focus()
