"""The document in reading order, as a flat list of items both text renderers format."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from reader.model import Article, BlockKind, Comment, Document

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
    BlockKind.SOURCE: "source",
}


@dataclass(slots=True, frozen=True)
class Item:
    role: str  # a block role above, or "comments", "comment", "article-start", "article-end"
    text: str
    depth: int = 0  # 0: the article; 1 and more: inside comments


def article_items(article: Article, depth: int = 0) -> Iterator[Item]:
    for block in article.blocks:
        role = _SHOWN.get(block.kind)
        if role is not None:
            yield Item(role, block.text, depth)
    if article.comments:
        yield Item("comments", f"{len(article.comments)} comments", depth)
        children: dict[int | None, list[Comment]] = {}
        known = {c.number for c in article.comments}
        for comment in article.comments:
            parent = comment.parent if comment.parent in known else None
            children.setdefault(parent, []).append(comment)
        yield from _thread(children, None, depth + 1)


def _thread(
    children: dict[int | None, list[Comment]], parent: int | None, depth: int
) -> Iterator[Item]:
    for comment in children.get(parent, []):
        yield from comment_items(comment, depth)
        yield from _thread(children, comment.number, depth + 1)


def comment_items(comment: Comment, depth: int) -> Iterator[Item]:
    head = f"{comment.number}. {comment.author or 'anonymous'}"
    if comment.kind != "comment":
        head += f" ({comment.kind})"
    if comment.date_text:
        head += f" · {comment.date_text}"
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
    yield from article_items(document.article)
