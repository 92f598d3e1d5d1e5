"""The document in reading order, as a flat list of items both text renderers format."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reader.model import Article, BlockKind, Comment, Discussion, Document
from reader.model.comment_forest import CommentForest

# Blocks a reader reads; boilerplate and comment chrome are left out of clean output.
_SHOWN = {
    BlockKind.SECTION: "section",
    BlockKind.TITLE: "title",
    BlockKind.SUBTITLE: "subtitle",
    BlockKind.BYLINE: "byline",
    BlockKind.TIMESTAMP: "timestamp",
    BlockKind.PARAGRAPH: "paragraph",
    BlockKind.HEADING: "heading",
    BlockKind.CAPTION: "caption",
    BlockKind.PROMO: "promo",
    BlockKind.QUOTE: "quote",
    BlockKind.CODE: "code",
    BlockKind.SOURCE: "source",
}


@dataclass(slots=True, frozen=True)
class Item:
    role: str  # a block role above, or "comments", "comment", "article-start", "article-end"
    text: str
    depth: int = 0  # 0: the article; 1 and more: inside comments


def article_items(
    article: Article, depth: int = 0, discussion: Discussion | None = None
) -> Iterator[Item]:
    for block in article.blocks:
        role = _SHOWN.get(block.kind)
        if role is not None:
            yield Item(role, block.text, depth)
    if discussion is not None:
        yield Item("comments", discussion_line(discussion), depth)
        for block in discussion.blocks:
            if (role := _SHOWN.get(block.kind)) is not None:
                yield Item(role, block.text, depth)
    elif article.comments:
        yield Item("comments", f"{len(article.comments)} comments", depth)
    if article.comments:
        forest = CommentForest(article.comments)
        for number, level in forest.rows():
            yield from comment_items(forest.by_number[number], depth + 1 + level)
        for comment in article.comments:  # a second comment of one number: kept, at the end
            if forest.by_number[comment.number] is not comment:
                yield from comment_items(comment, depth + 1)


def discussion_line(discussion: Discussion, with_url: bool = True) -> str:
    """ "Hacker News · 214 points · 6 comments · by marina_k · 2024-05-02 14:05 UTC · URL" """
    count = discussion.comment_count
    parts = [discussion.site or "Discussion"]
    if discussion.score is not None:
        parts.append(points(discussion.score))
    parts.append(f"{count} comment" + ("" if count == 1 else "s"))
    if discussion.author:
        parts.append(f"by {discussion.author}")
    if discussion.time:
        parts.append(f"{discussion.time[:10]} {discussion.time[11:16]} UTC")
    if with_url:
        parts.append(discussion.url)
    return " · ".join(parts)


def points(score: int) -> str:
    return f"{score} point" + ("" if score == 1 else "s")


def comment_items(comment: Comment, depth: int) -> Iterator[Item]:
    head = f"{comment.number}. {comment.author or 'anonymous'}"
    if comment.op:
        head += " (OP)"
    if comment.new:
        head += " (new)"
    if comment.kind != "comment":
        head += f" ({comment.kind})"
    if comment.date_text:
        head += f" · {comment.date_text}"
    if comment.score is not None:
        head += f" · {points(comment.score)}"
    if comment.parent is not None:
        head += f" · reply to {comment.parent}"
    yield Item("comment", head, depth)
    for block in comment.blocks:
        role = _SHOWN.get(block.kind)
        if role is not None:
            yield Item(role, block.text, depth)
    for article in comment.articles:
        yield Item("article-start", article.title or "article", depth)
        yield from article_items(article, depth)
        yield Item("article-end", article.source or "", depth)


def document_items(document: Document) -> Iterator[Item]:
    yield from article_items(document.article, discussion=document.discussion)
