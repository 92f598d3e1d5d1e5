"""Comment threads as a forest: children, depths, hidden-reply counts, visible rows.

Built once from `comment.parent` (a parent that is missing, or that would make a
cycle, makes the comment a root); rows are recomputed only when a node opens or closes.
"""

from __future__ import annotations

from reader.ingest.dates import iso_date
from reader.model import Comment

ORDERS = ("page", "oldest", "newest")


def ordered(comments: list[Comment], order: str) -> list[Comment]:
    """Comments in page order, or by date (undated or same day: page order), oldest first
    or newest first."""
    if order == "page":
        return comments
    position = {c.number: i for i, c in enumerate(comments)}
    dated = sorted(comments, key=lambda c: (iso_date(c.date_text or "") or "", position[c.number]))
    return dated[::-1] if order == "newest" else dated


class CommentForest:
    def __init__(self, comments: list[Comment], order: str = "page") -> None:
        comments = ordered(comments, order)
        self.order = order
        self.by_number = {c.number: c for c in comments}
        self.children: dict[int | None, list[int]] = {None: []}
        self.parent: dict[int, int | None] = {}
        for comment in comments:
            parent = comment.parent if comment.parent in self.by_number else None
            if parent == comment.number:
                parent = None
            self.parent[comment.number] = parent
            self.children.setdefault(parent, []).append(comment.number)
        self.depth: dict[int, int] = {}
        self.hidden: dict[int, int] = {}  # all descendants of a comment
        self._walk()

    def _walk(self) -> None:
        order: list[int] = []
        stack = [(n, 0) for n in reversed(self.children[None])]
        while stack:
            number, depth = stack.pop()
            self.depth[number] = depth
            order.append(number)
            stack.extend((c, depth + 1) for c in reversed(self.children.get(number, [])))
        for number in self.by_number:  # in a cycle: unreachable from any root
            if number not in self.depth:
                self.parent[number] = None
                self.children[None].append(number)
                self.depth[number] = 0
                order.append(number)
        for number in reversed(order):
            kids = self.children.get(number, [])
            self.hidden[number] = len(kids) + sum(self.hidden.get(k, 0) for k in kids)
        self.position = {n: i for kids in self.children.values() for i, n in enumerate(kids)}

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

    def rows(self, expanded: set[int], only: set[int] | None = None) -> list[tuple[int, int]]:
        """(number, depth) of each visible comment; `only`: a flat list of those comments."""
        if only is not None:
            return [(n, 0) for n in self.by_number if n in only]
        rows: list[tuple[int, int]] = []
        stack = [(n, 0) for n in reversed(self.roots)]
        while stack:
            number, depth = stack.pop()
            rows.append((number, depth))
            if number in expanded:
                stack.extend((c, depth + 1) for c in reversed(self.children.get(number, [])))
        return rows
