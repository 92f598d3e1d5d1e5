"""The comment tree's moves: open/close one or all, parent, siblings, threads, author."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.geometry import Region

from reader.model.comment_forest import CommentForest
from reader.ui.widgets.comment_links import EmbeddedCard

# What a page writes for a nameless commenter: no one person (`a` does not gather them).
PLACEHOLDERS = frozenset({"anonymous", "anon", "guest", "unknown"})


class TreeMoves:
    """Actions of `CommentTree`, kept apart from its rendering."""

    forest: CommentForest
    expanded: set[int]
    only: set[int] | None
    only_author: str | None
    cursor: int
    _rows: list[tuple[int, int]]
    _index: dict[int, int]

    if TYPE_CHECKING:  # provided by CommentTree and Widget

        def _relayout(self, keep: int | None = None) -> None: ...
        def select(self, number: int) -> None: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def post_message(self, message: Any) -> bool: ...

        @property
        def current(self) -> int | None: ...
        @property
        def scrollable_content_region(self) -> Region: ...

    def action_cursor(self, step: int) -> None:
        if self._rows:
            self.cursor = max(0, min(len(self._rows) - 1, self.cursor + step))

    def action_page(self, step: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        self.action_cursor(step * height)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = max(0, len(self._rows) - 1)

    def action_toggle_thread(self) -> None:
        number = self.current
        if number is None or not self.forest.replies(number):
            return
        if number in self.expanded:
            self.expanded.discard(number)
        else:
            self.expanded.add(number)
        self._relayout(keep=number)

    def action_activate(self) -> None:
        """Enter: a comment's pasted article opens in its tab; else its thread opens or closes."""
        number = self.current
        if number is not None and (articles := self.forest.by_number[number].articles):
            self.post_message(EmbeddedCard.Opened(articles[0]))
        else:
            self.action_toggle_thread()

    def action_open(self) -> None:
        number = self.current
        if number is not None and self.forest.replies(number) and number not in self.expanded:
            self.action_toggle_thread()
        elif number is not None and self.forest.replies(number):
            self.action_cursor(1)

    def action_close(self) -> None:
        number = self.current
        if number is None:
            return
        if number in self.expanded:
            self.action_toggle_thread()
        else:
            self.action_parent()

    def with_replies(self) -> set[int]:
        """The comments that have replies (the ones that open and close)."""
        return self.forest.with_replies()

    def action_open_all(self) -> None:
        self.expanded = self.with_replies()
        self._relayout()

    def action_close_all(self) -> None:
        keep = self.current
        self.expanded = set()
        self._relayout(keep=None if keep is None else self.forest.root_of(keep))

    def action_parent(self) -> None:
        number = self.current
        parent = None if number is None else self.forest.parent.get(number)
        if parent is not None:
            self.select(parent)

    def action_sibling(self, step: int) -> None:
        self._step_among(step, self.forest.siblings, lambda n: n)

    def action_thread(self, step: int) -> None:
        self._step_among(step, lambda n: self.forest.roots, self.forest.root_of)

    def _step_among(
        self, step: int, group: Callable[[int], list[int]], anchor: Callable[[int], int]
    ) -> None:
        """Move to the next/previous of `group(n)`, counting from `anchor(n)`."""
        number = self.current
        if number is None:
            return
        if self.only is not None:  # a flat author list: just the next line
            self.action_cursor(step)
            return
        start = anchor(number)
        members = group(number)
        index = self.forest.position[start] + (0 if step < 0 and start != number else step)
        if 0 <= index < len(members):
            self.select(members[index])

    def action_author(self) -> None:
        """Show only the comments of the selected comment's author; again to clear."""
        number = self.current
        if self.only is not None:
            self.only, self.only_author = None, None
            self._relayout(keep=number)
            return
        if number is None:
            return
        author = self.forest.by_number[number].author
        if author is None or author.strip().lower() in PLACEHOLDERS:  # not one person's
            self.notify("This comment has no author's name to follow.", timeout=3)
            return
        self.only = {n for n, c in self.forest.by_number.items() if c.author == author}
        self.only_author = author or "anonymous"
        self._relayout(keep=number)
        count = len(self.only)
        self.notify(
            f"{count} comment{'' if count == 1 else 's'} by {self.only_author}; a again for all"
        )
