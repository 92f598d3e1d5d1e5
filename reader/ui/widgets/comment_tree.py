"""The comment tree: a virtual list (only the visible lines render), fast at 20,000."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Unpack

from textual import events
from textual.binding import BindingType
from textual.message import Message
from textual.strip import Strip

from reader.model import Comment
from reader.ui.comment_forest import ordered_forest
from reader.ui.keys import TREE_BINDINGS
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.comment_rows import CommentRows
from reader.ui.widgets.comment_tree_moves import TreeMoves
from reader.ui.widgets.options import WidgetOptions


class CommentTree(TreeMoves, CommentRows, can_focus=True):
    """A page's comments as a tree of one line each, threads opened and closed in place."""

    BINDINGS: ClassVar[list[BindingType]] = TREE_BINDINGS

    @dataclass
    class Highlighted(Message):
        """The cursor moved to a comment."""

        tree: CommentTree
        number: int

    def __init__(
        self,
        comments: list[Comment],
        words: int = 8,
        order: str = "page",
        start_open: bool = False,
        palette: Palette = DEFAULT_PALETTE,
        op_names: frozenset[str] = frozenset(),
        flat: bool = False,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(**kwargs)
        self.flat = flat  # the comments are being threaded: each a root until `regroup`
        self.palette = palette
        self.op_names = op_names  # the article's authors: their comments are marked OP
        self.comments = comments
        self.order = order
        self.forest = ordered_forest(comments, order, flat)
        self.words = words
        self.expanded: set[int] = self.with_replies() if start_open else set()
        self.only: set[int] | None = None
        self.only_author: str | None = None
        self.hits: set[int] = set()  # comments holding the searched text, marked
        self._rows: list[tuple[int, int]] = []
        self._index: dict[int, int] = {}
        self._cache: dict[tuple[int, bool, int, bool], Strip] = {}
        self._relayout()

    def watch_cursor(self, cursor: int) -> None:
        self.scroll_to_region_of(cursor)
        self.refresh()
        if (number := self.current) is not None:
            self.post_message(self.Highlighted(self, number))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        row = event.y + self.scroll_offset.y
        if 0 <= row < len(self._rows):
            if row == self.cursor:
                self.action_activate()
            self.cursor = row

    # -- public -------------------------------------------------------------
    def reorder(self, order: str) -> None:
        """Put the threads (and the replies in each) in page order, oldest or newest first."""
        if order != self.order:
            self.order, self.forest = order, ordered_forest(self.comments, order, self.flat)
            self._cache.clear()
            self._relayout()

    def regroup(self, opened: bool, closed: set[int] | None) -> None:
        """The comments' parents changed (threaded after the tree was built): the forest
        again, threads open as set (``closed``: the ones closed last time), the comment
        read on the same screen row, its thread opened to it."""
        number, row = self.current, self.cursor - self.scroll_offset.y
        self.flat, self.forest = False, ordered_forest(self.comments, self.order)
        self._cache.clear()
        if closed is not None:
            self.expanded = self.with_replies() - closed
        else:
            self.expanded = self.with_replies() if opened else self.expanded & self.with_replies()
        if number is None:
            self._relayout()
            return
        self.select(number)
        self.scroll_to(y=max(0, self.cursor - row), animate=False)

    def recolour(self, palette: Palette) -> None:
        self.palette = palette
        self._cache.clear()
        self.refresh()

    def set_words(self, words: int) -> None:
        if words != self.words:
            self.words = words
            self._cache.clear()
            self.refresh()

    def open_all(self, opened: bool) -> None:
        self.action_open_all() if opened else self.action_close_all()

    def close_only(self, closed: set[int]) -> None:
        """Every thread open but these (remembered from last time)."""
        self.expanded = self.with_replies() - closed
        self._relayout()

    def mark(self, hits: set[int]) -> None:
        """Mark the lines of these comments (search hits); an empty set clears."""
        self.hits = hits
        self._cache.clear()
        self.refresh()

    def select(self, number: int) -> None:
        """Put the cursor on a comment, opening its ancestors (and clearing a filter)."""
        if number not in self.forest.by_number:
            return
        if self.only is not None and number not in self.only:
            self.only, self.only_author = None, None
        parent = self.forest.parent.get(number)
        while parent is not None:
            self.expanded.add(parent)
            parent = self.forest.parent.get(parent)
        self._relayout(keep=number)
