"""The comment tree's rows: which comments show at what depth, and each row drawn
only when it is on screen (a cache of drawn rows keeps scrolling cheap at 20,000)."""

from __future__ import annotations

from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model.comment_forest import CommentForest
from reader.ui.theming import Palette
from reader.ui.widgets.comment_lines import comment_line


class CommentRows(ScrollView):
    """The shown rows (comment number, depth) of a forest, with the cursor's row."""

    cursor = reactive(0, always_update=True)
    forest: CommentForest
    expanded: set[int]
    only: set[int] | None
    hits: set[int]
    words: int
    palette: Palette
    op_names: frozenset[str]
    _rows: list[tuple[int, int]]
    _index: dict[int, int]
    _cache: dict[tuple[int, bool, int, bool], Strip]

    def _relayout(self, keep: int | None = None) -> None:
        keep = self.current if keep is None else keep
        self._rows = self.forest.rows(self.expanded, self.only)
        self._index = {n: i for i, (n, _) in enumerate(self._rows)}
        self.virtual_size = Size(self.size.width, len(self._rows))
        if keep is not None and keep in self._index:
            self.cursor = self._index[keep]
        else:
            self.cursor = min(self.cursor, max(0, len(self._rows) - 1))
        self.refresh()

    @property
    def current(self) -> int | None:
        if 0 <= self.cursor < len(self._rows):
            return self._rows[self.cursor][0]
        return None

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        width = self.scrollable_content_region.width  # less the scrollbar: the "…" shows
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        number, depth = self._rows[index]
        expanded = number in self.expanded
        key = (number, expanded, width, number in self.hits)
        strip = self._cache.get(key)
        if strip is None:
            forest, words, palette = self.forest, self.words, self.palette
            text = comment_line(
                forest, number, depth, expanded, words, palette, self.op_names, width
            )
            if number in self.hits:
                text.stylize(self.palette["hit-line"])
            text.truncate(width, overflow="ellipsis", pad=True)
            segments = list(text.render(self.app.console, end=""))
            base = self.rich_style  # the theme's text and background under every span
            strip = Strip(segments).apply_style(base).crop_extend(0, width, base)
            if len(self._cache) > 2000:
                self._cache.clear()
            self._cache[key] = strip
        if index == self.cursor:
            style = Style(reverse=True) if self.has_focus else Style(underline=True)
            strip = strip.apply_style(style)
        return strip

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(event.size.width, len(self._rows))

    def scroll_to_region_of(self, row: int) -> None:
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        if row < top:
            self.scroll_to(y=row, animate=False)
        elif height and row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False)
