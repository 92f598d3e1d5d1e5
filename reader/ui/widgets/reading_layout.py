"""The reading screen's layout: the tabs, and the comments beside them on a wide screen.

Side by side (`layout = "side-by-side"`, at least `WIDE` columns) the comments live in
`#side-comments`, right of the tabs, and the Comments tab is hidden; "the comments are
active" then means the focus was last there. Narrower, the comments are a tab. The layout
keeps which it is and where the reader is, and says when a pane comes up (`PaneShown`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Unpack

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.message import Message
from textual.widget import AwaitMount, Widget
from textual.widgets import Static, TabbedContent, TabPane

from reader.ui.widgets.article_tabs import ARTICLE, COMMENTS, ArticleTabs
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.options import WidgetOptions

if TYPE_CHECKING:  # built when the comments first show
    from reader.ui.widgets.comments_pane import CommentsPane

SIDE = "side-comments"
WIDE = 140  # columns that side by side needs


def wants_side(layout: str, width: int, bare: bool) -> bool:
    """Comments beside the article: the setting, the width, and comments to show (a
    `bare` page, known to have none, gives the article the width; its tab says so)."""
    return layout == "side-by-side" and width >= WIDE and not bare


class ReadingLayout(Horizontal):
    @dataclass
    class PaneShown(Message):
        """A tab came up (or, side by side, the focus moved between article and comments)."""

        pane_id: str
        label: str

    def __init__(self, article: Widget, **kwargs: Unpack[WidgetOptions]) -> None:
        super().__init__(**kwargs)
        self.article = article  # the article's view, or "Loading…"
        self.side = False  # the comments are beside the tabs
        self.on_side = False  # side by side, the focus was last in the comments
        self.label = "Comments"  # the comments tab's

    def compose(self) -> ComposeResult:
        with ArticleTabs(id="tabs"):
            with TabPane("Article", id=ARTICLE):
                yield self.article
            with TabPane("Comments", id=COMMENTS):
                yield Static("Loading comments…", id="comments-loading")
        side = Vertical(id=SIDE)
        side.border_title = "Comments"
        yield side

    @property
    def tabs(self) -> ArticleTabs:
        return self.query_one(ArticleTabs)

    def comments_host(self) -> Widget:
        return self.query_one(f"#{SIDE}" if self.side else f"#{COMMENTS}")

    def comments(self) -> CommentsPane | None:
        from reader.ui.widgets.comments_pane import CommentsPane

        panes = self.query(CommentsPane)
        return panes.first() if panes else None

    def active_pane(self) -> str:
        """COMMENTS, ARTICLE or an embedded article's pane: where the reader is."""
        return COMMENTS if self.side and self.on_side else self.tabs.active

    def pane_shown(self, pane_id: str) -> bool:
        return (self.side and pane_id == COMMENTS) or self.tabs.active == pane_id

    def article_view(self, pane_id: str | None = None) -> ArticleView | None:
        """The article view of a pane (default: the active one; comments: the article's)."""
        return self.tabs.article_view(pane_id or self.active_pane())

    def show_pane(self, pane_id: str) -> None:
        """Go to a pane: its tab, or (side by side) the focus to the comments / the tab."""
        if not self.side:
            self.tabs.active = pane_id
        elif pane_id == COMMENTS:
            if (pane := self.comments()) and (tree := pane.comment_tree):
                self.screen.set_focus(tree)
        else:
            self.tabs.active = pane_id
            if view := self.article_view(pane_id):
                self.screen.set_focus(view)

    def focus_active(self) -> None:
        """The focus back to where the reader is: the comment tree, or the pane's article."""
        pane, active = self.comments(), self.active_pane()
        if active == COMMENTS and pane and (tree := pane.comment_tree):
            self.screen.set_focus(tree)
        elif active != COMMENTS and (view := self.article_view(active)):
            self.screen.set_focus(view)

    def set_label(self, label: str) -> None:
        self.label = label
        self.query_one(f"#{SIDE}").border_title = label
        self._label_tab()

    def _label_tab(self) -> None:
        try:
            self.tabs.get_tab(COMMENTS).label = self.label
        except NoMatches:  # the tabs' row comes a frame after them on a busy machine
            self.call_after_refresh(self._label_tab)

    async def set_side(self, side: bool, on_comments: bool) -> None:
        """Move to side by side or to tabs; the comments' place is left empty to fill."""
        await self.comments_host().remove_children()
        self.side, self.on_side = side, on_comments
        self.set_class(side, "-side")
        tabs = self.tabs
        if side:
            if tabs.active == COMMENTS:
                tabs.active = ARTICLE
            tabs.hide_tab(COMMENTS)
        else:
            tabs.show_tab(COMMENTS)

    def focus_in(self, pane_id: str, widget: Widget, mounted: AwaitMount | None = None) -> None:
        """Focus a widget of a pane once it is mounted, if that pane is still shown.

        Focusing a widget in a hidden pane would switch tabs back (TabbedContent follows
        focus), so an unconditional focus here could bounce between two tabs forever.
        """

        async def focus() -> None:
            if mounted is not None:
                await mounted
            if widget.is_attached and self.pane_shown(pane_id):
                self.screen.set_focus(widget)  # now: `focus()` would land later, maybe too late

        self.call_after_refresh(focus)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget is not self.screen.focused:
            return  # stale: a focus gone since (the comments moved beside took it back)
        if self.side:
            side = self.query_one(f"#{SIDE}")
            if side in event.widget.ancestors_with_self:
                self.on_side = True
            elif self.tabs in event.widget.ancestors:
                self.on_side = False

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        pane_id = event.pane.id or ""
        if self.side and self.on_side:
            return  # a tab changed under the comments beside (going side by side): stay there
        if pane_id == COMMENTS:
            if (pane := self.comments()) and (tree := pane.comment_tree):
                self.focus_in(COMMENTS, tree)
        elif view := self.article_view(pane_id):
            self.focus_in(pane_id, view)
        self.post_message(self.PaneShown(pane_id, str(event.tab.label)))
