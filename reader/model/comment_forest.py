"""Comment threads as a forest: children, depths, hidden-reply counts, rows in reading order.

Built once from `comment.parent`, in the order the comments are given: a parent that is
missing, the comment itself, or one that would make a cycle, makes the comment a root.
Every comment is in the forest exactly once. The text renderers walk it whole; the reader
shows the rows of the threads that are open. ``flat``: every comment a root, its parent
not read (the reader's tree while the comments are being threaded).
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.model.comments import Comment

Row = tuple[int, int]  # (comment number, depth)


class CommentForest:
    def __init__(self, comments: Iterable[Comment], flat: bool = False) -> None:
        self.by_number: dict[int, Comment] = {}
        for comment in comments:
            self.by_number.setdefault(comment.number, comment)
        self.children: dict[int | None, list[int]] = {None: []}
        self.parent: dict[int, int | None] = {}
        for number, comment in self.by_number.items():
            parent = None if flat or comment.parent not in self.by_number else comment.parent
            if parent == number:
                parent = None
            self.parent[number] = parent
            self.children.setdefault(parent, []).append(number)
        self.depth: dict[int, int] = {}
        self.hidden: dict[int, int] = {}  # all descendants of a comment
        self._walk()

    def _walk(self) -> None:
        order = self._depth_first(self.roots)
        for number in self.by_number:  # in a cycle: unreachable from any root
            if number not in self.depth:
                old = self.parent[number]
                self.children[old].remove(number)
                self.parent[number] = None
                self.roots.append(number)
                order += self._depth_first([number])
        for number in reversed(order):
            kids = self.children.get(number, [])
            self.hidden[number] = len(kids) + sum(self.hidden.get(k, 0) for k in kids)
        self.position = {n: i for kids in self.children.values() for i, n in enumerate(kids)}

    def _depth_first(self, starts: list[int]) -> list[int]:
        order: list[int] = []
        stack = [(n, 0) for n in reversed(starts)]
        while stack:
            number, depth = stack.pop()
            if number in self.depth:
                continue
            self.depth[number] = depth
            order.append(number)
            stack.extend((c, depth + 1) for c in reversed(self.children.get(number, [])))
        return order

    @property
    def roots(self) -> list[int]:
        return self.children[None]

    def replies(self, number: int) -> list[int]:
        return self.children.get(number, [])

    def siblings(self, number: int) -> list[int]:
        return self.children[self.parent.get(number)]

    def root_of(self, number: int) -> int:
        while (parent := self.parent.get(number)) is not None:
            number = parent
        return number

    def with_replies(self) -> set[int]:
        """The comments that have replies (the ones that open and close)."""
        return {n for n, kids in self.children.items() if n is not None and kids}

    def rows(self, expanded: set[int] | None = None, only: set[int] | None = None) -> list[Row]:
        """(number, depth) of each visible comment, replies under their parent; `expanded`:
        the comments whose replies show (None: all); `only`: a flat list of those comments."""
        if only is not None:
            return [(n, 0) for n in self.by_number if n in only]
        rows: list[Row] = []
        stack = [(n, 0) for n in reversed(self.roots)]
        while stack:
            number, depth = stack.pop()
            rows.append((number, depth))
            if expanded is None or number in expanded:
                stack.extend((c, depth + 1) for c in reversed(self.children.get(number, [])))
        return rows
