"""Build small articles from paragraphs written for the tests, and read their quotes."""

from __future__ import annotations

from reader.analysis.quotes import attribute
from reader.model import Article, Block, BlockKind, Quote


def run(
    *paragraphs: str, title: str = "", subtitle: str = "", authors: list[str] | None = None
) -> Article:
    blocks = []
    if title:
        blocks.append(Block("t", BlockKind.TITLE, title))
    if subtitle:
        blocks.append(Block("s", BlockKind.SUBTITLE, subtitle))
    blocks += [Block(f"b{i}", BlockKind.PARAGRAPH, p) for i, p in enumerate(paragraphs)]
    article = Article(title=title or None, blocks=blocks, authors=authors or [])
    attribute(article)
    return article


def direct(article: Article) -> list[Quote]:
    return [q for q in article.quotes if q.kind == "direct"]


def pairs(article: Article) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in direct(article)]
