"""A comment's own words, as the tree's first words, the comment search and `y` take
them: its paragraphs and quotes, without its header lines or the site's chrome under it
(a "Reply" button, shown only with `B`). Plain Python."""

from __future__ import annotations

from reader.model import BlockKind, Comment
from reader.ui.article_layout import HIDDEN_KINDS

_NOT_WORDS = HIDDEN_KINDS | {BlockKind.META}


def comment_words(comment: Comment) -> str:
    """The comment's text, its blocks a blank line apart, chrome and header left out."""
    return "\n\n".join(t for kind, t in comment.block_texts() if kind not in _NOT_WORDS)
