"""The reading screen: article, comments and embedded-article tabs, speakers beside.

Here: the document it shows and the keys that leave it; the rest of its work is in the
mixins beside this module, one each (tabs, comments, layout, search, speakers...).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import TabbedContent, TabPane

from reader.config.settings import DEFAULTS, Settings
from reader.config.state import DocumentState
from reader.model import Article, Document
from reader.render.outline import discussion_line
from reader.ui.keys import SCREEN_BINDINGS
from reader.ui.screens.applied_settings import AppliedSettings
from reader.ui.screens.comment_hits import CommentHits
from reader.ui.screens.comments_pane import CommentsPane
from reader.ui.screens.embedded_panes import EmbeddedPanes
from reader.ui.screens.first_frame import FirstFrame
from reader.ui.screens.navigation import Navigation
from reader.ui.screens.pane_layout import PaneLayout
from reader.ui.screens.speaker_quotes import SpeakerQuotes
from reader.ui.screens.tab_switching import TabSwitching
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.first_paint import FirstPaint
from reader.ui.widgets.main_view import ARTICLE, COMMENTS, SIDE
from reader.ui.widgets.status_bar import StatusBar


class ReaderScreen(
    AppliedSettings,
    PaneLayout,
    TabSwitching,
    CommentsPane,
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
        self.query_one("#main").mount(SpeakersPanel(self.palette, id="speakers", classes="hidden"))
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
        if document.discussion is not None:  # the site, points, count, OP: one line
            self.status("discussion", discussion_line(document.discussion, with_url=False))
        if complete:
            self.restore_state()
        if complete and (self.side or self.active_pane() == COMMENTS):
            self._build_comments(focus=not self.side)

    def status(self, key: str, value: str | None) -> None:
        self.query_one(StatusBar).set(key, value)

    # -- actions ------------------------------------------------------------
    def action_boilerplate(self) -> None:
        if view := self.article_view():
            shown = view.toggle_boilerplate()
            self.notify("Boilerplate shown." if shown else "Boilerplate hidden.", timeout=2)

    def action_settings(self) -> None:
        from reader.ui.screens.settings_screen import SettingsScreen, theme_names

        self.app.push_screen(SettingsScreen(self.settings, theme_names(self.app)))

    def action_open_in_browser(self) -> None:
        """The comment read (on the comments tab), else the discussion, else the page."""
        from reader.ui.widgets.comment_view import CommentView

        url = None
        if self.document is not None and self.active_pane() == COMMENTS:
            shown = self.query(CommentView)
            comment = shown.first().comment if shown else None
            url = comment.url if comment is not None else None
        if url is None and self.document is not None:
            discussion = self.document.discussion
            name = self.document.input_name
            url = discussion.url if discussion else name if name.startswith("http") else None
        if url:
            self.app.open_url(url)
            self.notify(f"Opened {url}", timeout=3, markup=False)
        else:
            self.notify("This document has no web address.", timeout=3)

    def action_quit(self) -> None:
        self.app.exit()  # the app remembers the place on the way out

    def action_help(self) -> None:
        from reader.ui.screens.help_screen import HelpScreen

        self.app.push_screen(HelpScreen())
