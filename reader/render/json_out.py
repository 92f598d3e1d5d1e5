"""The document as JSON: schema "reader.document", version 1 (docs/json-format.md)."""

from __future__ import annotations

import json
from typing import Any

from reader.gc_pause import gc_paused
from reader.model import Article, Block, Comment, Document, Quote, ReplyEvidence, Speaker

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
        "parent": comment.parent,
        "reply_evidence": [evidence_dict(e) for e in comment.reply_evidence],
        "mentions": comment.mentions,
        "blocks": [block_dict(b) for b in comment.blocks],
        "articles": [article_dict(a) for a in comment.articles],
    }


def article_dict(article: Article) -> dict[str, Any]:
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
        "blocks": [block_dict(b) for b in article.blocks],
        "quotes": [quote_dict(q) for q in article.quotes],
        "speakers": [speaker_dict(s) for s in article.speakers],
        "comment_order": article.comment_order,
        "comments": [comment_dict(c) for c in article.comments],
    }


def document_dict(document: Document) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "input": document.input_name,
        "encoding": document.encoding,
        "article": article_dict(document.article),
    }


@gc_paused()
def to_json(document: Document) -> str:
    """One line of JSON. The document is a tree, so the encoder need not look for cycles."""
    return json.dumps(
        document_dict(document), ensure_ascii=False, separators=(",", ":"), check_circular=False
    )
