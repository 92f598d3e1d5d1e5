"""The document as dictionaries of schema "reader.document", version 1
(docs/json-format.md): what json.dumps makes the document's JSON of."""

from __future__ import annotations

import json
from typing import Any

from reader.model import (
    Article,
    Block,
    Comment,
    Discussion,
    Document,
    Quote,
    ReplyEvidence,
    Speaker,
)

SCHEMA = "reader.document"
VERSION = 1


def block_dict(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": block.id,
        "kind": block.kind,  # a StrEnum: json writes its value, and .value is slow to read
        "text": block.text,
        "lines": block.lines,
    }
    if block.source_comment is not None:
        data["source_comment"] = block.source_comment
    if block.source_block is not None:
        data["source_block"] = block.source_block
    return data


def quote_dict(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "block": quote.block,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "speaker": quote.speaker,
        "cue": quote.cue,
        "kind": quote.kind,
        "repeats": quote.repeats,
    }


def speaker_dict(speaker: Speaker) -> dict[str, Any]:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "aliases": speaker.aliases,
        "description": speaker.description,
        "kind": speaker.kind,
        "quotes": speaker.quotes,
    }


def evidence_dict(evidence: ReplyEvidence) -> dict[str, Any]:
    return {"kind": evidence.kind, "comment": evidence.comment, "matched": evidence.matched}


def comment_dict(comment: Comment) -> dict[str, Any]:
    return {
        "number": comment.number,
        "kind": comment.kind,
        "author": comment.author,
        "date_text": comment.date_text,
        "time": comment.time,
        "score": comment.score,
        "url": comment.url,
        "op": comment.op,
        "new": comment.new,
        "parent": comment.parent,
        "reply_evidence": [evidence_dict(e) for e in comment.reply_evidence],
        "mentions": comment.mentions,
        "blocks": [block_dict(b) for b in comment.blocks],
        "articles": [article_dict(a) for a in comment.articles],
    }


def article_dict(article: Article) -> dict[str, Any]:
    data = article_head(article)
    data["comments"] = [comment_dict(c) for c in article.comments]
    return data


def article_head(article: Article, blocks: bool = True) -> dict[str, Any]:
    """The article's fields but its comments (the last field); `blocks=False`: its
    blocks left for the caller to write ("blocks" is [])."""
    return {
        "title": article.title,
        "subtitle": article.subtitle,
        "timestamp_text": article.timestamp_text,
        "published": article.published,
        "site": article.site,
        "dateline": article.dateline,
        "authors": article.authors,
        "section": article.section,
        "source": article.source,
        "blocks": [block_dict(b) for b in article.blocks] if blocks else [],
        "quotes": [quote_dict(q) for q in article.quotes],
        "speakers": [speaker_dict(s) for s in article.speakers],
        "comment_order": article.comment_order,
    }


def discussion_dict(discussion: Discussion) -> dict[str, Any]:
    return {
        "url": discussion.url,
        "site": discussion.site,
        "title": discussion.title,
        "author": discussion.author,
        "time": discussion.time,
        "score": discussion.score,
        "comment_count": discussion.comment_count,
        "article_url": discussion.article_url,
        "blocks": [block_dict(b) for b in discussion.blocks],
    }


def document_dict(document: Document) -> dict[str, Any]:
    return document_fields(document, article_dict(document.article))


def document_fields(document: Document, article: dict[str, Any]) -> dict[str, Any]:
    discussion = document.discussion
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "input": document.input_name,
        "encoding": document.encoding,
        "source_kind": document.source_kind,
        "discussion": None if discussion is None else discussion_dict(discussion),
        "article": article,
    }


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False)
