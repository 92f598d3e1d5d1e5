"""The reading screen: article, comments and embedded-article tabs, speakers beside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Static, TabbedContent, TabPane

from reader.config.settings import DEFAULTS, Settings
from reader.config.state import DocumentState
from reader.model import Article, Document
from reader.ui.keys import SCREEN_BINDINGS
from reader.ui.screens.applied_settings import AppliedSettings
from reader.ui.screens.comment_hits import CommentHits
from reader.ui.screens.embedded_panes import EmbeddedPanes
from reader.ui.screens.first_frame import FirstFrame
from reader.ui.screens.navigation import Navigation
from reader.ui.screens.pane_layout import PaneLayout
from reader.ui.screens.speaker_quotes import SpeakerQuotes
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.first_paint import FirstPaint
from reader.ui.widgets.main_view import ARTICLE, COMMENTS, SIDE
from reader.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from reader.ui.widgets.comment_tree import CommentTree
    from reader.ui.widgets.comment_view import QuoteLink


class ReaderScreen(
    AppliedSettings,
    PaneLayout,
    FirstFrame,
    Navigation,
    SpeakerQuotes,
    CommentHits,
    EmbeddedPanes,
    Screen[None],
):
    BINDINGS = SCREEN_BINDINGS
    AUTO_FOCUS = "ArticleView"  # not the tabs; nothing while the article is loading

    def __init__(
        self,
        settings: Settings = DEFAULTS,
        first: Document | None = None,
        saved: DocumentState | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.saved = saved or DocumentState()  # where the reader was last time
        self.side = self.on_side = False  # comments beside the article: see PaneLayout
        self.document: Document | None = first  # the quick article, painted in the first frame
        self.complete = False  # False while only a preview of a big page is shown
        self.built = False  # the tabs exist (after the first paint when it was flat)
        self.embedded: list[Article] = []
        self.open_panes: dict[int, str] = {}  # embedded index -> pane id
        self.reset_navigation()

    def compose(self) -> ComposeResult:
        if self.document is not None:  # the quick article: painted flat, then swapped
            yield FirstPaint(self.document.article, self.settings, self.palette)
        else:
            self.built = True
            yield self._main()
        yield StatusBar(id="status")

    def _mount_extras(self) -> None:
        """Footer, search bar and speakers panel: mounted after the first paint (speed)."""
        from textual.widgets import Footer

        from reader.ui.widgets.search_bar import SearchBar
        from reader.ui.widgets.speakers_panel import SpeakersPanel

        if self.query(Footer):
            return
        self.query_one("#main").mount(SpeakersPanel(id="speakers", classes="hidden"))
        self.mount(
            SearchBar(id="search", classes="hidden"),
            Footer(compact=True, show_command_palette=False),
        )

    # -- the document -----------------------------------------------------
    def show_document(self, document: Document, complete: bool = True) -> None:
        """Show a parsed document; a preview (complete=False) is replaced later."""
        self.document, self.complete = document, complete
        if not self.built:
            return  # shown when the full view is built
        view = self.article_view(ARTICLE)
        article = document.article
        self.embedded = article.embedded() if complete else []
        mounted = None
        if view is not None and view.article is not article:
            self._clear_marks()  # hits and quotes of the quick article: gone with it
            view.show(article)
        elif view is None:
            pane = self.query_one(f"#{ARTICLE}", TabPane)
            with self.app.batch_update():
                pane.remove_children()
                view = ArticleView(article, self.settings, self.palette, self.token_styles)
                mounted = pane.mount(view)
        if self.focused is None or not self.focused.is_attached:
            self.focus_in(ARTICLE, view, mounted)
        self.call_after_refresh(self._mount_extras)  # after the first paint
        self._refresh_speakers()
        count = len(article.comments)
        label = f"Comments ({count})" if complete else "Comments (…)"
        self.query_one(TabbedContent).get_tab(COMMENTS).label = label
        self.query_one(f"#{SIDE}").border_title = label
        self.status("loading", None if complete else "loading comments…")
        if complete:
            self.restore_state()
        if complete and (self.side or self.active_pane() == COMMENTS):
            self._build_comments(focus=not self.side)

    def article_view(self, pane_id: str | None = None) -> ArticleView | None:
        """The article view of a tab (default: the active one; comments: the article)."""
        pane_id = pane_id or self.active_pane()
        if pane_id == COMMENTS:
            pane_id = ARTICLE
        try:
            return self.query_one(f"#{pane_id}", TabPane).query_one(ArticleView)
        except NoMatches:
            return None

    def status(self, key: str, value: str | None) -> None:
        self.query_one(StatusBar).set(key, value)

    # -- comments (built the first time the tab opens) ----------------------
    def _build_comments(
        self, focus: bool = True, kept: tuple[set[int], int | None] | None = None
    ) -> None:
        """The tree and the opened comment, in the tab or beside; `kept`: closed, current."""
        from reader.ui.widgets.comment_tree import CommentTree
        from reader.ui.widgets.comment_view import CommentView

        if self.document is None or not self.complete or self.query(CommentTree):
            return
        pane = self.comments_host()
        comments = self.document.article.comments
        pane.remove_children()
        if not comments:
            pane.mount(Static("This page has no comments.", classes="empty"))
            return
        settings = self.settings
        tree = CommentTree(
            comments,
            settings.comment_preview_words,
            settings.comment_order,
            settings.comment_tree == "open",
            id="comment-tree",
        )
        if kept is not None:
            tree.close_only(kept[0])
            if kept[1] is not None:
                self.call_after_refresh(tree.select, kept[1])
        elif self.saved != DocumentState():
            tree.close_only(set(self.saved.closed_comments))
        view = CommentView(settings.reading_width, self.token_styles, id="comment-view")
        mounted = pane.mount(Horizontal(tree, view, id="comments-split"))
        if focus:
            self.focus_in(COMMENTS, tree, mounted)

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
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

    @on(ArticleView.Progress)
    def _progress(self, event: ArticleView.Progress) -> None:
        active = self.active_pane()
        if active != COMMENTS and event.view is self.article_view(active):
            self.status("progress", f"{event.percent}%")

    def on_comment_tree_highlighted(self, event: CommentTree.Highlighted) -> None:  # by name
        from reader.ui.widgets.comment_view import CommentView

        comment = event.tree.forest.by_number[event.number]
        self.query_one(CommentView).show(comment)
        self.status("filter", f"only {event.tree.only_author}" if event.tree.only else None)

    def on_quote_link_followed(self, event: QuoteLink.Followed) -> None:  # by name
        from reader.ui.widgets.comment_tree import CommentTree

        self.remember()
        self.query_one(CommentTree).select(event.number)
        self.query_one(CommentTree).focus()

    # -- actions ------------------------------------------------------------
    def action_comments(self) -> None:
        if self.active_pane() != COMMENTS:
            self.show_pane(COMMENTS)
        else:
            self.show_pane(self.query_one(TabbedContent).active if self.side else ARTICLE)

    def action_boilerplate(self) -> None:
        if view := self.article_view():
            shown = view.toggle_boilerplate()
            self.notify("Boilerplate shown." if shown else "Boilerplate hidden.", timeout=2)

    def action_settings(self) -> None:
        from reader.ui.screens.settings_screen import SettingsScreen, theme_names

        self.app.push_screen(SettingsScreen(self.settings, theme_names(self.app)))

    def action_quit(self) -> None:
        self.app.exit()  # the app remembers the place on the way out

    def action_help(self) -> None:
        from reader.ui.screens.help_screen import HelpScreen

        self.app.push_screen(HelpScreen())
