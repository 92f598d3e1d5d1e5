"""The comment tree in reading order, from the parents threading set."""

from __future__ import annotations

from reader.analysis.threads.reply_order import NEWEST_FIRST
from reader.model import Article, Comment


def thread_order(article: Article) -> list[tuple[Comment, int]]:
    """Every comment with its depth, in reading order: oldest thread first, replies
    under what they answer, oldest reply first. Pingbacks come last, at depth 0."""
    comments = [c for c in article.comments if c.kind != "pingback"]
    if article.comment_order == NEWEST_FIRST:
        comments.reverse()
    children: dict[int | None, list[Comment]] = {}
    numbers = {c.number for c in comments}
    for comment in comments:
        parent = comment.parent if comment.parent in numbers else None
        children.setdefault(parent, []).append(comment)
    result: list[tuple[Comment, int]] = []
    stack = [(c, 0) for c in reversed(children.get(None, []))]
    while stack:
        comment, depth = stack.pop()
        result.append((comment, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(comment.number, [])))
    result.extend((c, 0) for c in article.comments if c.kind == "pingback")
    return result
