"""The comment tree's order: the page's, or by date (oldest or newest first).

The forest itself is the model's (`reader.model.comment_forest`), built from the comments
in the order chosen here.
"""

from __future__ import annotations

from reader.ingest.dates import iso_date
from reader.model import Comment
from reader.model.comment_forest import CommentForest

ORDERS = ("page", "oldest", "newest")


def ordered(comments: list[Comment], order: str) -> list[Comment]:
    """Comments in page order, or by date (undated or same day: page order), oldest first
    or newest first; a discussion site's exact times order one day's comments too."""
    if order == "page":
        return comments
    position = {c.number: i for i, c in enumerate(comments)}
    dated = sorted(
        comments, key=lambda c: (c.time or iso_date(c.date_text or "") or "", position[c.number])
    )
    return dated[::-1] if order == "newest" else dated


def ordered_forest(comments: list[Comment], order: str, flat: bool = False) -> CommentForest:
    """``flat``: every comment a root (their parents are being set: not read meanwhile)."""
    return CommentForest(ordered(comments, order), flat)
