"""The reading screen's comments: the tree and the opened comment, built when first shown.

They are built the first time the comments show (their tab, or beside the article), and
built again where `apply_layout` moves them; the tree's and the quote links' messages
come here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import Horizontal
from textual.widgets import Static

from reader.config.state import DocumentState
from reader.model import Discussion
from reader.render.outline import discussion_line
from reader.ui.widgets.main_view import COMMENTS

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen
    from reader.ui.widgets.comment_tree import CommentTree
    from reader.ui.widgets.comment_view import QuoteLink

    _Base = ReaderScreen
else:
    _Base = object


class CommentsPane(_Base):
    def _build_comments(
        self, focus: bool = True, kept: tuple[set[int], int | None] | None = None
    ) -> None:
        """The tree and the opened comment, in the tab or beside; `kept`: closed, current."""
        from reader.ui.widgets.comment_tree import CommentTree
        from reader.ui.widgets.comment_view import CommentView

        if self.document is None or not self.complete or self.query(CommentTree):
            return
        pane = self.comments_host()
        comments = self.document.article.comments
        pane.remove_children()
        if not comments:
            pane.mount(Static("This page has no comments.", classes="empty"))
            return
        settings = self.settings
        tree = CommentTree(
            comments,
            settings.comment_preview_words,
            settings.comment_order,
            settings.comment_tree == "open",
            self.palette,
            id="comment-tree",
        )
        if kept is not None:
            tree.close_only(kept[0])
            if kept[1] is not None:
                self.call_after_refresh(tree.select, kept[1])
        elif self.saved != DocumentState():
            tree.close_only(set(self.saved.closed_comments))
        view = CommentView(
            settings.reading_width, self.token_styles, self.palette, id="comment-view"
        )
        split = Horizontal(tree, view, id="comments-split")
        discussion = self.document.discussion
        if discussion is not None and discussion.blocks:  # the opening post, above its replies
            mounted = pane.mount(discussion_head(discussion), split)
        else:
            mounted = pane.mount(split)
        if focus:
            self.focus_in(COMMENTS, tree, mounted)

    def on_comment_tree_highlighted(self, event: CommentTree.Highlighted) -> None:  # by name
        from reader.ui.widgets.comment_view import CommentView

        comment = event.tree.forest.by_number[event.number]
        self.query_one(CommentView).show(comment)
        self.status("filter", f"only {event.tree.only_author}" if event.tree.only else None)

    def on_quote_link_followed(self, event: QuoteLink.Followed) -> None:  # by name
        from reader.ui.widgets.comment_tree import CommentTree

        self.remember()
        self.query_one(CommentTree).select(event.number)
        self.query_one(CommentTree).focus()


def discussion_head(discussion: Discussion) -> Static:
    """The discussion's own post (a toot's words beside the page it links), a few lines."""
    text = Text()
    text.append(discussion_line(discussion, with_url=False), style="bold")
    for block in discussion.blocks:
        text.append("\n" + block.text, style="italic" if block.kind == "quote" else "")
    return Static(text, id="discussion-head")
