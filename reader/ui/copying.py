"""What `y` copies: a quote with its speaker, a comment with its author, a paragraph with
the article's byline and title. Plain Python."""

from __future__ import annotations

from reader.model import Article, Block, Comment
from reader.ui.comment_words import comment_words


def quote_text(text: str, speaker: str | None) -> str:
    return f"“{text}”" + (f" — {speaker}" if speaker else "")


def comment_text(comment: Comment) -> str:
    who = comment.author or "anonymous"
    when = f", {comment.date_text}" if comment.date_text else ""
    return f"{comment_words(comment)}\n— {who}{when} (comment #{comment.number})"


def paragraph_text(block: Block, article: Article) -> str:
    source = [
        p
        for p in (
            "By " + ", ".join(article.authors) if article.authors else None,
            article.title,
            article.site,
        )
        if p
    ]
    return block.text + (f"\n— {', '.join(source)}" if source else "")
