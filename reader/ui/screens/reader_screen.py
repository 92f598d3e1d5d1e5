"""The reading screen: article, comments and embedded-article tabs, speakers beside."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import AwaitMount, Widget
from textual.widgets import Footer, Static, TabbedContent, TabPane

from reader.model import Article, Document
from reader.ui.keys import SCREEN_BINDINGS
from reader.ui.screens.comment_hits import CommentHits
from reader.ui.screens.navigation import Navigation
from reader.ui.settings import DEFAULTS, Settings
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.comment_tree import CommentTree
from reader.ui.widgets.comment_view import CommentView, EmbeddedCard, QuoteLink
from reader.ui.widgets.first_paint import FirstPaint
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.speakers_panel import SpeakersPanel
from reader.ui.widgets.status_bar import StatusBar

ARTICLE, COMMENTS = "tab-article", "tab-comments"


class MainView(Horizontal):
    """The tabs: the article (or a "Loading…" line) and the comments, built when opened."""

    def __init__(self, article: Widget, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.article = article

    def compose(self) -> ComposeResult:
        with TabbedContent(id="tabs"):
            with TabPane("Article", id=ARTICLE):
                yield self.article
            with TabPane("Comments", id=COMMENTS):
                yield Static("Loading comments…", id="comments-loading")


class ReaderScreen(Navigation, CommentHits, Screen[None]):
    BINDINGS = SCREEN_BINDINGS
    AUTO_FOCUS = "ArticleView"  # not the tabs; nothing while the article is loading

    def __init__(self, settings: Settings = DEFAULTS, first: Document | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.document: Document | None = first  # the quick article, painted in the first frame
        self.complete = False  # False while only a preview of a big page is shown
        self.built = False  # the tabs exist (after the first paint when it was flat)
        self.embedded: list[Article] = []
        self.open_panes: dict[int, str] = {}  # embedded index -> pane id
        self.reset_navigation()

    def compose(self) -> ComposeResult:
        if self.document is not None:  # the quick article: painted flat, then swapped
            yield FirstPaint(self.document.article, self.settings)
        else:
            self.built = True
            yield self._main()
        yield StatusBar(id="status")

    def _main(self) -> MainView:
        """The full view: tabs with the article (or "Loading…") and the comments."""
        if self.document is not None:
            article: Static | ArticleView = ArticleView(self.document.article, self.settings)
        else:
            article = Static("Loading…", id="loading")
        return MainView(article, id="main")

    def on_mount(self) -> None:
        if not self.built:
            self.call_after_refresh(self._replace_first_paint)

    async def _replace_first_paint(self) -> None:
        main = self._main()
        main.display = False  # built out of sight, then shown in one frame
        await self.mount(main, before=self.query_one(StatusBar))
        with self.app.batch_update():
            main.display = True
            await self.query(FirstPaint).remove()
        self.built = True
        if self.document is not None:
            self.show_document(self.document, self.complete)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.built or action == "quit"  # keys wait for the full view (a frame)

    def _mount_extras(self) -> None:
        """Footer, search bar and speakers panel: mounted after the first paint (speed)."""
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
            view.show(article)
        elif view is None:
            pane = self.query_one(f"#{ARTICLE}", TabPane)
            with self.app.batch_update():
                pane.remove_children()
                view = ArticleView(article, self.settings)
                mounted = pane.mount(view)
        if self.focused is None or not self.focused.is_attached:
            self.focus_in(ARTICLE, view, mounted)
        self.call_after_refresh(self._mount_extras)  # after the first paint
        self._refresh_speakers()
        count = len(article.comments)
        tabs = self.query_one(TabbedContent)
        tabs.get_tab(COMMENTS).label = f"Comments ({count})" if complete else "Comments (…)"
        self.status("loading", None if complete else "loading comments…")
        if complete and tabs.active == COMMENTS:
            self._build_comments()

    def article_view(self, pane_id: str | None = None) -> ArticleView | None:
        """The article view of a tab (default: the active one; comments: the article)."""
        pane_id = pane_id or self.query_one(TabbedContent).active
        if pane_id == COMMENTS:
            pane_id = ARTICLE
        try:
            return self.query_one(f"#{pane_id}", TabPane).query_one(ArticleView)
        except NoMatches:
            return None

    def status(self, key: str, value: str | None) -> None:
        self.query_one(StatusBar).set(key, value)

    # -- comments (built the first time the tab opens) ----------------------
    def _build_comments(self) -> None:
        if self.document is None or not self.complete or self.query(CommentTree):
            return
        pane = self.query_one(f"#{COMMENTS}", TabPane)
        comments = self.document.article.comments
        pane.remove_children()
        if not comments:
            pane.mount(Static("This page has no comments.", classes="empty"))
            return
        tree = CommentTree(comments, self.settings.comment_preview_words, id="comment-tree")
        split = Horizontal(
            tree, CommentView(self.settings.reading_width, id="comment-view"), id="comments-split"
        )
        self.focus_in(COMMENTS, tree, pane.mount(split))

    def focus_in(self, pane_id: str, widget: Widget, mounted: AwaitMount | None = None) -> None:
        """Focus a widget of a pane once it is mounted, if that pane is still shown.

        Focusing a widget in a hidden pane would switch tabs back (TabbedContent follows
        focus), so an unconditional focus here could bounce between two tabs forever.
        """

        async def focus() -> None:
            if mounted is not None:
                await mounted
            if widget.is_attached and self.query_one(TabbedContent).active == pane_id:
                widget.focus()

        self.call_after_refresh(focus)

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
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
        active = self.query_one(TabbedContent).active
        if active != COMMENTS and event.view is self.article_view(active):
            self.status("progress", f"{event.percent}%")

    @on(CommentTree.Highlighted)
    def _comment_highlighted(self, event: CommentTree.Highlighted) -> None:
        comment = event.tree.forest.by_number[event.number]
        self.query_one(CommentView).show(comment)
        self.status("filter", f"only {event.tree.only_author}" if event.tree.only else None)

    @on(QuoteLink.Followed)
    def _follow_quote(self, event: QuoteLink.Followed) -> None:
        self.remember()
        self.query_one(CommentTree).select(event.number)
        self.query_one(CommentTree).focus()

    # -- embedded articles (a pane each, built when opened) -----------------
    @on(EmbeddedCard.Opened)
    def _open_card(self, event: EmbeddedCard.Opened) -> None:
        index = next(i for i, a in enumerate(self.embedded) if a is event.article)
        self.open_embedded(index)

    def open_embedded(self, index: int) -> None:
        tabs = self.query_one(TabbedContent)
        if index not in self.open_panes:
            article = self.embedded[index]
            pane_id = f"tab-embedded-{index + 1}"
            title = (article.source or article.title or "Embedded")[:24]
            view = ArticleView(article, self.settings, id=f"embedded-view-{index + 1}")
            tabs.add_pane(TabPane(f"▤ {title}", view, id=pane_id))
            self.open_panes[index] = pane_id
        pane_id = self.open_panes[index]
        self.call_after_refresh(setattr, tabs, "active", pane_id)

    def close_pane(self) -> bool:
        tabs = self.query_one(TabbedContent)
        for index, pane_id in list(self.open_panes.items()):
            if pane_id == tabs.active:
                del self.open_panes[index]
                tabs.active = ARTICLE
                tabs.remove_pane(pane_id)
                return True
        return False

    # -- actions ------------------------------------------------------------
    def action_comments(self) -> None:
        tabs = self.query_one(TabbedContent)
        tabs.active = ARTICLE if tabs.active == COMMENTS else COMMENTS

    def action_next_embedded(self) -> None:
        if not self.embedded:
            self.notify("No embedded articles in the comments.", timeout=3)
            return
        active = self.query_one(TabbedContent).active
        current = next((i for i, p in self.open_panes.items() if p == active), -1)
        self.open_embedded((current + 1) % len(self.embedded))

    def action_close_pane(self) -> None:
        if not self.close_pane():
            self.notify("Only embedded-article panes close (x).", timeout=3)

    def action_boilerplate(self) -> None:
        if view := self.article_view():
            shown = view.toggle_boilerplate()
            self.notify("Boilerplate shown." if shown else "Boilerplate hidden.", timeout=2)

    def action_settings(self) -> None:
        from reader.ui.screens.settings_screen import SettingsScreen

        self.app.push_screen(SettingsScreen(self.settings))

    def action_help(self) -> None:
        from reader.ui.screens.help_screen import HelpScreen

        self.app.push_screen(HelpScreen())
