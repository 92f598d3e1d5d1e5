"""The reading screen's start: the flat first frame, then the full view; focus that waits.

When the quick article is ready at start-up the screen composes only `FirstPaint`; right
after that frame the tabbed view is built out of sight and swapped in, in one batch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import AwaitMount, Widget
from textual.widgets import Static

from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.first_paint import FirstPaint
from reader.ui.widgets.main_view import MainView
from reader.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen

    _Base = ReaderScreen
else:
    _Base = object


class FirstFrame(_Base):
    built: bool  # the tabs exist

    def _main(self) -> MainView:
        """The full view: tabs with the article (or "Loading…") and the comments."""
        if self.document is not None:
            article: Static | ArticleView = ArticleView(
                self.document.article, self.settings, self.palette, self.token_styles
            )
        else:
            article = Static("Loading…", id="loading")
        return MainView(article, id="main")

    def on_mount(self) -> None:
        if not self.built:
            self.call_after_refresh(self._replace_first_paint)
        else:
            self.call_after_refresh(self.apply_layout)

    async def _replace_first_paint(self) -> None:
        main = self._main()
        main.display = False  # built out of sight, then shown in one frame
        await self.mount(main, before=self.query_one(StatusBar))
        with self.app.batch_update():
            main.display = True
            await self.query(FirstPaint).remove()
        self.built = True
        await self.apply_layout()
        if self.document is not None:
            self.show_document(self.document, self.complete)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.built or action == "quit"  # keys wait for the full view (a frame)

    def focus_in(self, pane_id: str, widget: Widget, mounted: AwaitMount | None = None) -> None:
        """Focus a widget of a pane once it is mounted, if that pane is still shown.

        Focusing a widget in a hidden pane would switch tabs back (TabbedContent follows
        focus), so an unconditional focus here could bounce between two tabs forever.
        """

        async def focus() -> None:
            if mounted is not None:
                await mounted
            if widget.is_attached and self.pane_shown(pane_id):
                widget.focus()

        self.call_after_refresh(focus)
