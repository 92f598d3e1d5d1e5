"""Hits painted on an article's blocks (search, a speaker's quotes) and the boilerplate
switch that decides which blocks can be searched and revealed."""

from __future__ import annotations

from reader.model import Block
from reader.ui.article_layout import HIDDEN_KINDS
from reader.ui.stepping import Span
from reader.ui.widgets.article_place import PlaceKeeping
from reader.ui.widgets.block_view import BlockView


class MarkedBlocks(PlaceKeeping):
    """Block views (`blocks` by id) that keep their hits and the current one for a repaint."""

    blocks: dict[str, BlockView]
    _painted: set[str]
    _marks: dict[str, list[Span]]
    _current: Span | None

    @property
    def show_boilerplate(self) -> bool:
        """The screen's switch (`B`, the setting), which every pane on it follows."""
        return self.is_attached and self.screen.has_class("-boilerplate")

    def searchable(self) -> list[Block]:
        shown, shown_all = self.shown, self.show_boilerplate  # the switch read once
        return [b for b in shown if shown_all or b.kind not in HIDDEN_KINDS]

    def mark(self, hits: list[Span], current: Span | None = None) -> None:
        """Paint hits and the current span; unpaint blocks that no longer have any."""
        by_block: dict[str, list[Span]] = {}
        for hit in hits:
            by_block.setdefault(hit.block, []).append(hit)
        self._marks, self._current = by_block, current
        touched = set(by_block) | ({current.block} if current else set())
        for block_id in touched | self._painted:
            if view := self.blocks.get(block_id):
                view.paint(by_block.get(block_id, []), current)
        self._painted = touched

    def reveal(self, span: Span) -> None:
        view = self.blocks.get(span.block)
        if view is None:
            return
        if view.has_class("boilerplate"):
            self.screen.add_class("-boilerplate")
        self.call_after_refresh(self.scroll_to_center, view, animate=False)
