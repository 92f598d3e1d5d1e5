"""Comments new since the thread was last fetched: ``--refresh`` keeps the addresses of
the comments it had, and the comments not among them are marked (``Comment.new``)."""

from __future__ import annotations

from reader.model import Document


def comment_keys(document: Document) -> set[str]:
    """What names each comment across fetches: its own page's address."""
    return {c.url for c in document.article.comments if c.url}


def mark_new(document: Document, before: set[str]) -> int:
    """Mark the comments not in ``before``; how many there are."""
    count = 0
    for comment in document.article.comments:
        comment.new = comment.url is not None and comment.url not in before
        count += comment.new
    return count
