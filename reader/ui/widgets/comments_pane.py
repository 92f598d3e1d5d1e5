"""The comments: the tree beside the opened comment (and a discussion's opening post above).

Built the first time the comments show, in their tab or beside the article; rebuilt where
the layout moves them, keeping the closed threads and the comment read (`kept()`). The
tree's moves show their comment here; search hits are marked in the tree and the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Unpack

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Static

from reader.config.settings import Settings
from reader.model import Discussion, Document
from reader.render.outline import discussion_line
from reader.ui.comment_search import find_comments
from reader.ui.highlighter import TokenStyles
from reader.ui.theming import Palette
from reader.ui.widgets.comment_tree import CommentTree
from reader.ui.widgets.comment_view import CommentView
from reader.ui.widgets.options import WidgetOptions

Kept = tuple[set[int], int | None]  # the closed threads and the comment read
NARROW = 72  # columns under which the opened comment goes under the tree, not beside it


class CommentsPane(Vertical):
    @dataclass
    class Filtered(Message):
        """The tree shows one author's comments only (None: everyone's again)."""

        author: str | None

    def __init__(
        self,
        document: Document,
        settings: Settings,
        palette: Palette,
        styles: TokenStyles,
        kept: Kept | None = None,
        flat: bool = False,
        **kwargs: Unpack[WidgetOptions],
    ) -> None:
        super().__init__(**kwargs)
        self.flat = flat  # the comments are being threaded: a flat list until `regroup`
        self.document, self.settings = document, settings
        self.palette, self.token_styles = palette, styles
        self.kept_before = kept

    def compose(self) -> ComposeResult:
        comments = self.document.article.comments
        if not comments:
            yield Static("This page has no comments.", classes="empty")
            return
        settings = self.settings
        discussion = self.document.discussion
        if discussion is not None and discussion.blocks:  # the opening post, above its replies
            yield discussion_head(discussion)
        order, words = settings.comment_order, settings.comment_preview_words
        opened = settings.comment_tree == "open"
        authors = frozenset(self.document.article.authors)
        palette, flat = self.palette, self.flat
        tree = CommentTree(
            comments, words, order, opened, palette, authors, flat, id="comment-tree"
        )
        if self.kept_before is not None:
            tree.close_only(self.kept_before[0])
        view = CommentView(
            settings.reading_width, self.token_styles, self.palette, id="comment-view"
        )
        yield Horizontal(tree, view, id="comments-split")

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW, "-narrow")

    def on_mount(self) -> None:
        if self.kept_before is not None and (current := self.kept_before[1]) is not None:
            self.call_after_refresh(self.select, current)

    @property
    def comment_tree(self) -> CommentTree | None:
        trees = self.query(CommentTree)
        return trees.first() if trees else None

    @property
    def comment_view(self) -> CommentView | None:
        views = self.query(CommentView)
        return views.first() if views else None

    def kept(self) -> Kept:
        tree = self.comment_tree
        return (tree.with_replies() - tree.expanded, tree.current) if tree else (set(), None)

    def on_comment_tree_highlighted(self, event: CommentTree.Highlighted) -> None:
        if view := self.comment_view:
            view.show(event.tree.forest.by_number[event.number])
        self.post_message(self.Filtered(event.tree.only_author if event.tree.only else None))

    # -- asked by the screen -------------------------------------------------
    def select(self, number: int, focus: bool = False) -> None:
        if tree := self.comment_tree:
            tree.select(number)
            if focus:
                tree.focus()

    def regroup(self) -> None:
        """The comments were threaded since the tree was built: regrouped in place, the
        comment read kept on its row, its text shown again (quotes now linked)."""
        tree = self.comment_tree
        if tree is None or not tree.flat:
            return  # built since: threaded already
        self.flat = False
        closed = self.kept_before[0] if self.kept_before is not None else None
        tree.regroup(self.settings.comment_tree == "open", closed)
        if (view := self.comment_view) and (number := tree.current) is not None:
            view.show(tree.forest.by_number[number], again=True)

    def new_comments(self) -> list[int]:
        """The comments new since the last visit, in the tree's order (all threads open)."""
        tree = self.comment_tree
        forest = tree.forest if tree else None
        return [n for n, _ in forest.rows() if forest.by_number[n].new] if forest else []

    def search(self, term: str) -> list[int]:
        """Mark the comments holding `term` (any case) in the tree; their numbers in order."""
        tree = self.comment_tree
        hits = find_comments(tree.forest, term) if tree else []
        if tree is not None:
            tree.mark(set(hits))
        return hits

    def show_hit(self, number: int, term: str | None) -> None:
        self.select(number)
        if view := self.comment_view:
            view.highlight(term)

    def clear_hits(self) -> None:
        if tree := self.comment_tree:
            tree.mark(set())
        if view := self.comment_view:
            view.highlight(None)

    def apply(self, settings: Settings) -> None:
        old, self.settings = self.settings, settings
        if view := self.comment_view:
            view.set_width(settings.reading_width)
        if tree := self.comment_tree:
            tree.reorder(settings.comment_order)
            if settings.comment_tree != old.comment_tree:
                tree.open_all(settings.comment_tree == "open")
            tree.set_words(settings.comment_preview_words)

    def recolour(self, palette: Palette, styles: TokenStyles) -> None:
        self.palette, self.token_styles = palette, styles
        if view := self.comment_view:
            view.recolour(styles, palette)
        if tree := self.comment_tree:
            tree.recolour(palette)


def discussion_head(discussion: Discussion) -> Static:
    """The discussion's own post (a toot's words beside the page it links), a few lines."""
    text = Text()
    text.append(discussion_line(discussion, with_url=False), style="bold")
    for block in discussion.blocks:
        text.append("\n" + block.text, style="italic" if block.kind == "quote" else "")
    return Static(text, id="discussion-head")
