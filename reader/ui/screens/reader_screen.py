"""The reading screen: it builds the view of the document and routes what its parts say.

The parts keep their own state: the layout (`ReadingLayout`: tabs, comments beside or
as a tab), the article tabs, the comments (`CommentsPane`), the speakers panel and the
search bar; what n/N walks is `stepping.Marks`, the way back `history.History`. This
module builds the view (flat first frame, then the full one); the layers under it hold
the rest: `ReadingView` (the built view's parts, keys pressed before it, the extras
mounted after it), `ReadingDocument` (the document shown, the comments and their place),
`ReadingSettings` (colours, the remembered place, the keys that leave), `ReadingActions`
and `PageActions` (the keys), `ReadingBase` (what they share).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Unpack

from textual.app import ComposeResult

from reader.config.settings import DEFAULTS, Settings
from reader.config.state import DocumentState
from reader.ingest.glance import Glance
from reader.model import Article, Document
from reader.ui.highlighter import TokenStyles
from reader.ui.history import History
from reader.ui.keys import SCREEN_BINDINGS
from reader.ui.screens.reading_view import ReadingView
from reader.ui.stepping import Marks
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.first_paint import FirstPaint
from reader.ui.widgets.options import WidgetOptions
from reader.ui.widgets.reading_layout import ReadingLayout
from reader.ui.widgets.status_bar import StatusBar


class ReaderScreen(ReadingView):
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
        glance: Glance | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.set_class(settings.show_boilerplate, "-boilerplate")  # `B` toggles it
        self.keymap = keymap or {}  # binding id -> keys, for the help screen (the app's)
        self.theme_names = list(theme_names)  # for the settings screen (the app's)
        self.saved = saved or DocumentState()  # where the reader was last time
        self.palette, self.token_styles = palette, styles or TokenStyles()
        self.document: Document | None = first  # a quick preview, when there is one
        self.glance = glance  # the first frame's text (with `first`, its): flat, then swapped
        self.complete = False  # False while only a preview of a big page is shown
        self.landed = False  # the document that came before the view was built is complete
        self.threaded = True  # False while a copied page's comments are being threaded
        self.built = False  # the tabs exist (after the first paint when it was flat)
        self.building = False  # the full view is asked for (once: on mount or by a document)
        self.embedded: list[Article] = []
        self.early_keys: list[str] = []  # pressed before the full view was built

    # -- building the view ------------------------------------------------------
    def compose(self) -> ComposeResult:
        if self.glance is not None:  # painted flat, swapped once there is a document
            yield FirstPaint(self.glance, self.settings)
        else:
            self.built = True
            yield self._main()
        yield StatusBar(id="status")

    async def start_over(self, saved: DocumentState) -> None:
        """Empty, for another document (from the history), whose parse is under way."""
        self.saved, self.document, self.complete, self.built = saved, None, False, False
        self.glance = None
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
        if self.built:
            self.call_after_refresh(self.apply_layout)
        elif self.document is not None:
            self._build_full_view()

    def show_document(
        self, document: Document, complete: bool = True, threaded: bool = True
    ) -> None:
        if self.built:
            super().show_document(document, complete, threaded)
            return
        self.document, self.landed = document, complete  # shown once the view is built
        self.threaded = threaded
        self._build_full_view()  # runs after the mount even when asked before it

    def _build_full_view(self) -> None:
        """Once there is a document and the flat frame is out: the full view, built once."""
        if not self.building:
            self.building = True
            self.call_after_refresh(self._replace_first_paint)

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
            self.show_document(self.document, self.landed, self.threaded)
        self.call_after_refresh(self._press_early_keys)
