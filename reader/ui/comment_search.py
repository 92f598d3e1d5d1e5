"""Search through the comments: which comments hold a term, in the tree's order."""

from __future__ import annotations

import re

from rich.text import Text

from reader.model.comment_forest import CommentForest
from reader.ui.comment_words import comment_words


def find_comments(forest: CommentForest, needle: str) -> list[int]:
    """The numbers of the comments whose text holds `needle` (any case), top to bottom."""
    if not needle:
        return []
    needle = needle.casefold()
    return [n for n, _ in forest.rows() if needle in comment_words(forest.by_number[n]).casefold()]


def highlight(text: Text, needle: str | None, style: str) -> Text:
    """The text with every occurrence of `needle` (any case) in the hit's `style`."""
    if needle:
        for match in re.finditer(re.escape(needle), text.plain, re.IGNORECASE):
            text.stylize(style, match.start(), match.end())
    return text
