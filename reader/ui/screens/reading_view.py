"""The reading screen's view once built: its parts (the comments, an article's view, the
pane shown), the keys pressed before it was built (kept, then pressed), and the extras
mounted after the first paint (footer, search bar, speakers panel). `ReaderScreen`
builds the view on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events

from reader.ui.screens.reading_document import ReadingDocument
from reader.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from reader.ui.widgets.comments_pane import CommentsPane


class ReadingView(ReadingDocument):
    early_keys: list[str]  # pressed before the full view was built

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

        main = self.query_one("#main")
        if self.query(ReaderFooter) or not main.is_attached:  # detached: the app quits
            return
        main.mount(SpeakersPanel(self.palette, id="speakers", classes="hidden"))
        self.mount(SearchBar(id="search", classes="hidden"), ReaderFooter(self.idle_actions))

    @property
    def in_view(self) -> bool:
        """The full view is built and still there (a closing app takes it down first)."""
        return self.built and bool(self.query("#main"))

    def comments(self) -> CommentsPane | None:
        return self.reading.comments() if self.built else None

    def article_view(self, pane_id: str | None = None) -> ArticleView | None:
        return self.reading.article_view(pane_id) if self.built else None

    def active_pane(self) -> str:
        return self.reading.active_pane()
