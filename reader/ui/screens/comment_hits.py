"""The reading screen's search through comments: `/` on the comments tab, then n/N."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen

    _Base = ReaderScreen
else:
    _Base = object


class CommentHits(_Base):
    comment_hits: list[int]
    comment_hit_index: int
    comment_term: str | None

    def reset_comment_hits(self) -> None:
        from reader.ui.widgets.comment_tree import CommentTree
        from reader.ui.widgets.comment_view import CommentView

        self.comment_hits, self.comment_hit_index, self.comment_term = [], -1, None
        for tree in self.query(CommentTree):
            tree.mark(set())
        for view in self.query(CommentView):
            view.highlight(None)

    def search_comments(self, term: str) -> None:
        """Mark every comment that holds `term` in the tree and go to the first."""
        from reader.ui.comment_search import find_comments
        from reader.ui.widgets.comment_tree import CommentTree

        self.reset_comment_hits()
        trees = self.query(CommentTree)
        if not trees:
            return
        tree = trees.first()
        self.comment_hits = find_comments(tree.forest, term)
        if not self.comment_hits:
            self.notify(f"No comment says: {term}", severity="warning", timeout=3)
            self.status("search", None)
            return
        self.comment_term = term
        tree.mark(set(self.comment_hits))
        self.step_comment_hits(1)

    def step_comment_hits(self, step: int) -> None:
        from reader.ui.widgets.comment_tree import CommentTree
        from reader.ui.widgets.comment_view import CommentView

        tree = self.query_one(CommentTree)
        self.comment_hit_index = (self.comment_hit_index + step) % len(self.comment_hits)
        self.remember()
        tree.select(self.comment_hits[self.comment_hit_index])
        self.query_one(CommentView).highlight(self.comment_term)
        where = f"comment hit {self.comment_hit_index + 1}/{len(self.comment_hits)}"
        self.status("search", f"{where} (n/N)")
