"""The reading screen: it builds the view of the document and routes what its parts say.

The parts keep their own state: the layout (`ReadingLayout`: tabs, comments beside or
as a tab), the article tabs, the comments (`CommentsPane`), the speakers panel and the
search bar; what n/N walks is `stepping.Marks`, the way back `history.History`. The
keys' actions are in `reading_actions.ReadingActions`, which this screen is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Unpack

from textual import events
from textual.app import ComposeResult
from textual.widget import AwaitMount

from reader.config.settings import DEFAULTS, Settings
from reader.config.state import DocumentState
from reader.model import Article, Document
from reader.render.outline import discussion_line
from reader.ui.comment_count import comments_label
from reader.ui.highlighter import TokenStyles
from reader.ui.history import History
from reader.ui.keys import SCREEN_BINDINGS
from reader.ui.screens import reading_place
from reader.ui.screens.reading_actions import ReadingActions
from reader.ui.stepping import Marks
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.article_tabs import ARTICLE, COMMENTS
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.first_paint import FirstPaint
from reader.ui.widgets.options import WidgetOptions
from reader.ui.widgets.reading_layout import ReadingLayout, wants_side
from reader.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from reader.ui.widgets.comments_pane import CommentsPane, Kept


class ReaderScreen(ReadingActions):
    BINDINGS = SCREEN_BINDINGS
    AUTO_FOCUS = "ArticleView"  # not the tabs; nothing while the article is loading

    def __init__(
        self,
        settings: Settings = DEFAULTS,
        first: Document | None = None,
        saved: DocumentState | None = None,
        palette: Palette = DEFAULT_PALETTE,
        styles: TokenStyles | None = None,
        keymap: Mapping[str, str] | None = None,
        theme_names: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.settings = settings
        self.keymap = keymap or {}  # binding id -> keys, for the help screen (the app's)
        self.theme_names = list(theme_names)  # for the settings screen (the app's)
        self.saved = saved or DocumentState()  # where the reader was last time
        self.palette, self.token_styles = palette, styles or TokenStyles()
        self.document: Document | None = first  # the quick article, painted in the first frame
        self.complete = False  # False while only a preview of a big page is shown
        self.built = False  # the tabs exist (after the first paint when it was flat)
        self.embedded: list[Article] = []
        self.early_keys: list[str] = []  # pressed before the full view was built

    # -- building the view ------------------------------------------------------
    def compose(self) -> ComposeResult:
        if self.document is not None:  # the quick article: painted flat, then swapped
            yield FirstPaint(self.document.article, self.settings, self.palette)
        else:
            self.built = True
            yield self._main()
        yield StatusBar(id="status")

    async def start_over(self, saved: DocumentState) -> None:
        """Empty, for another document (from the history), whose parse is under way."""
        self.saved, self.document, self.complete, self.built = saved, None, False, False
        self.embedded, self.early_keys = [], []
        self.history, self.marks = History(), Marks()
        await self.recompose()
        self.call_after_refresh(self.apply_layout)

    def _main(self) -> ReadingLayout:
        """The full view: tabs with the article (or "Loading…") and the comments."""
        from textual.widgets import Static

        article = self.new_view(self.document.article) if self.document else None
        return ReadingLayout(article or Static("Loading…", id="loading"), id="main")

    def new_view(self, article: Article, **kwargs: Unpack[WidgetOptions]) -> ArticleView:
        return ArticleView(article, self.settings, self.palette, self.token_styles, **kwargs)

    def on_mount(self) -> None:
        if not self.built:
            self.call_after_refresh(self._replace_first_paint)
        else:
            self.call_after_refresh(self.apply_layout)

    async def _replace_first_paint(self) -> None:
        """Right after the flat first frame, the full view, built out of sight, in one batch."""
        main = self._main()
        main.display = False
        await self.mount(main, before=self.query_one(StatusBar))
        with self.app.batch_update():
            main.display = True
            await self.query(FirstPaint).remove()
        self.built = True
        await self.apply_layout()
        if self.document is not None:
            self.show_document(self.document, self.complete)
        self.call_after_refresh(self._press_early_keys)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.built or action == "quit"  # other keys wait for the full view (a frame)

    def on_key(self, event: events.Key) -> None:
        """A key pressed before the full view is built is kept, and pressed again then."""
        if not self.built:
            self.early_keys.append(event.key)
            event.stop()

    async def _press_early_keys(self) -> None:
        keys, self.early_keys = self.early_keys, []
        for key in keys:  # what the key does now (a key posted again would not come back)
            active = self.app.active_bindings.get(key)
            if active is not None and active.enabled:
                await self.app.run_action(active.binding.action, active.node)

    def _mount_extras(self) -> None:
        """Footer, search bar and speakers panel: mounted after the first paint (speed)."""
        from reader.ui.widgets.reader_footer import ReaderFooter
        from reader.ui.widgets.search_bar import SearchBar
        from reader.ui.widgets.speakers_panel import SpeakersPanel

        if self.query(ReaderFooter):
            return
        self.query_one("#main").mount(SpeakersPanel(self.palette, id="speakers", classes="hidden"))
        self.mount(SearchBar(id="search", classes="hidden"), ReaderFooter(self.idle_actions))

    def comments(self) -> CommentsPane | None:
        return self.reading.comments() if self.built else None

    def article_view(self, pane_id: str | None = None) -> ArticleView | None:
        return self.reading.article_view(pane_id) if self.built else None

    def active_pane(self) -> str:
        return self.reading.active_pane()

    # -- the document -----------------------------------------------------
    def show_document(self, document: Document, complete: bool = True) -> None:
        """Show a parsed document; a preview (complete=False) is replaced later."""
        self.document, self.complete = document, complete
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
        layout.set_label(comments_label(document) if complete else "Comments (…)")
        self.status("loading", None if complete else "loading comments…")
        if document.discussion is not None:  # the site, points, count, OP: one line
            line = discussion_line(document.discussion, with_url=False)
            self.status("discussion", line.split(" · "))  # the time, then the OP give way
        if complete:
            self.restore_state()
        if complete and (layout.side or self.active_pane() == COMMENTS):
            self.build_comments(focus=not layout.side)
        self.refresh_bindings()  # the footer: the keys this document gives something to do

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
        pane = CommentsPane(self.document, settings, palette, styles, kept, id="comments")
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
    def on_resize(self) -> None:
        if self.built and wants_side(self.settings.layout, self.size.width) != self.reading.side:
            self.call_later(self.apply_layout)

    async def apply_layout(self) -> None:
        """Move the comments to where the setting and the width put them."""
        from textual.widgets import Static

        side = wants_side(self.settings.layout, self.size.width)
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

    # -- settings, theme and the remembered place ------------------------------
    def apply_settings(self, settings: Settings) -> None:
        old, self.settings = self.settings, settings
        for view in self.query(ArticleView):
            view.apply(settings)
        if pane := self.comments():
            pane.apply(settings)
        if settings.layout != old.layout:
            self.call_later(self.apply_layout)

    def recolour(self, palette: Palette, styles: TokenStyles) -> None:
        """Spans in text take the new theme's styles (widgets follow TCSS by themselves)."""
        from reader.ui.widgets.speakers_panel import SpeakersPanel  # mounted after a paint

        self.palette, self.token_styles = palette, styles
        for view in self.query(ArticleView):
            view.recolour(palette, styles)
        if pane := self.comments():
            pane.recolour(palette, styles)
        for panel in self.query(SpeakersPanel):
            panel.recolour(palette)

    def stopped(self) -> str:
        """Where the reader stopped, in words, for the history."""
        pane = self.comments()
        comment = pane.kept()[1] if pane else None
        if self.built and self.active_pane() == COMMENTS and comment is not None:
            return f"at comment #{comment}"
        view = self.article_view(ARTICLE)
        return f"{view.percent}% into the article" if view else ""

    def capture_state(self) -> DocumentState:
        return reading_place.capture(self, self.saved)

    def restore_state(self) -> None:
        reading_place.restore(self, self.saved)

    # -- the keys that leave the reading ------------------------------------------
    def action_settings(self) -> None:
        from reader.ui.screens.settings_screen import SettingsScreen

        self.app.push_screen(SettingsScreen(self.settings, self.theme_names))

    def action_help(self) -> None:
        from reader.ui.screens.help_screen import HelpScreen

        self.app.push_screen(HelpScreen(self.keymap, self.palette))

    def action_quit(self) -> None:
        self.app.exit()  # the app remembers the place on the way out
