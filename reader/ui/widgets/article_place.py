"""The place read in an article: the block at the top of the view and how many of its
lines are above the top. Unlike a line count it survives other line breaks: it is found
again after a change of width (the speakers panel opening, a resize) and between visits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Unpack

from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widget import Widget

from reader.model import Block
from reader.ui.widgets.options import WidgetOptions

REWRAP = 0.25  # seconds after a change of width in which scrolls are the layout's


@dataclass(frozen=True, slots=True)
class Place:
    """A place in an article: a block and the lines of it above the top of the view."""

    block: str
    offset: int = 0


class PlaceKeeping(VerticalScroll):
    """A scroll of blocks (`shown` in reading order, `blocks` their views by id) that
    keeps the place read when its lines rewrap."""

    shown: list[Block]
    blocks: Mapping[str, Widget]

    def __init__(self, **kwargs: Unpack[WidgetOptions]) -> None:
        super().__init__(**kwargs)
        self._width, self._rewrapping = 0, False
        self._settled: Timer | None = None
        self._anchor: Place | None = None  # the place read, kept across a change of width

    def place(self) -> Place | None:
        """The first block whose top is on the screen (or above it, the one cut by the top
        edge) and the lines of it above the top edge."""
        if not self.region.height:  # not shown (another tab): where it was last seen
            return self._anchor
        top, found = self.scroll_y, None
        for block in self.shown:  # in reading order
            view = self.blocks.get(block.id)
            if view is None or not view.display or not view.is_mounted:
                continue
            y = view.virtual_region.y
            if y > top:
                return found or Place(block.id, 0)
            found = Place(block.id, int(top - y))
        return found

    def go_to(self, place: Place) -> bool:
        """Scroll to a place; False when its block is not shown (yet)."""
        view = self.blocks.get(place.block)
        if view is None or not view.is_mounted or not view.display or not view.virtual_region:
            return False  # not there, or not laid out yet
        self.scroll_to(y=view.virtual_region.y + place.offset, animate=False)
        return True

    def action_half_page(self, step: int) -> None:
        self.scroll_relative(
            y=step * max(1, self.scrollable_content_region.height // 2), animate=False
        )

    def keep_place(self, width: int) -> None:
        """The view is `width` wide now: when that changed, back to the place read once
        the rewrapped text has its new length."""
        if width != self._width and self._anchor is not None:
            self._rewrapping = True
        self._width = width
        if self._rewrapping:
            self.call_after_refresh(self._back_to_anchor)

    def _back_to_anchor(self) -> None:
        if self._anchor is not None:
            self.go_to(self._anchor)
        if self._settled is not None:
            self._settled.stop()
        self._settled = self.set_timer(REWRAP, self._end_rewrap)

    def _end_rewrap(self) -> None:
        self._rewrapping, self._settled = False, None

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if not self._rewrapping and self.size.width == self._width:
            self._anchor = self.place()  # (a scroll clamped to a new length is the layout's)
