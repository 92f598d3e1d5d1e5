"""The document as JSON: schema "reader.document", version 1 (docs/json-format.md)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from json.encoder import encode_basestring as _string  # the encoder's own, in C
from typing import Any, TextIO, TypeVar

from reader.gc_pause import gc_paused
from reader.model import (
    Article,
    Block,
    BlockKind,
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
    data = _article_head(article)
    data["comments"] = [comment_dict(c) for c in article.comments]
    return data


def _article_head(article: Article, blocks: bool = True) -> dict[str, Any]:
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
    return _document_dict(document, article_dict(document.article))


def _document_dict(document: Document, article: dict[str, Any]) -> dict[str, Any]:
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


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False)


@gc_paused()
def to_json(document: Document) -> str:
    """One line of JSON: json.dumps(document_dict(document)), compact and not ASCII-escaped.

    A big page is mostly comments and their blocks; they are written straight from
    the model (``_comment_json``), not built as dictionaries for the encoder to walk.
    The document is a tree, so the encoder need not look for cycles.
    """
    head, tail = _shell(document)
    parts = [_comment_json(c) for c in document.article.comments]
    if not parts:
        return head + tail
    parts[0] = head + parts[0]  # one join makes the one big string, not three copies
    parts[-1] += tail
    return ",".join(parts)


@gc_paused()
def write_json(document: Document, out: TextIO) -> None:
    """Write to_json(document) and a line end, a few hundred blocks and comments at a
    time: the whole text, five times the size of a page of short comments, is never
    held, nor a dictionary for each of the article's blocks (a page of a million)."""
    head, middle = _stream_shell(document)
    out.write(head)
    _write_each(out, document.article.blocks, _block_json)
    out.write(middle)
    _write_each(out, document.article.comments, _comment_json)
    out.write("]}}\n")


_A_WRITE = 500
T = TypeVar("T")


def _write_each(out: TextIO, items: Sequence[T], to_json: Callable[[T], str]) -> None:
    for k in range(0, len(items), _A_WRITE):
        part = ",".join([to_json(item) for item in items[k : k + _A_WRITE]])
        out.write("," + part if k else part)


def _stream_shell(document: Document) -> tuple[str, str]:
    """The JSON before the article's first block, and between its last block and its
    first comment ("]}}" closes the comments, the article and the document)."""
    article = _article_head(document.article, blocks=False)
    keys = list(article)
    split = keys.index("blocks")
    before = {key: article[key] for key in keys[:split]}
    after = {key: article[key] for key in keys[split + 1 :]} | {"comments": []}
    shell = _dumps(_document_dict(document, {}))  # ends with the article: "{}}"
    head = shell[: -len("{}}")] + _dumps(before)[: -len("}")] + ',"blocks":['
    return head, "]," + _dumps(after)[len("{") : -len("]}")]


def _block_json(block: Block) -> str:
    """json.dumps(block_dict(block)), written straight from the block."""
    lines, sources = block.line_numbers, block.sources
    comment = paragraph = None  # most blocks quote nothing: no sources
    if sources is not None:
        comment, paragraph = sources.source_comment, sources.source_block
    return _BLOCK % (
        _string(block.id),
        _KINDS.get(block.kind) or _string(block.kind),
        _string(block.text),
        str(lines) if isinstance(lines, int) else ",".join(map(str, lines)),
        "" if comment is None else f',"source_comment":{comment}',
        "" if paragraph is None else ',"source_block":' + _string(paragraph),
    )


def _shell(document: Document) -> tuple[str, str]:
    """The JSON before the first comment and after the last: "comments" ends the
    article, and the article the document."""
    article = _article_head(document.article)
    article["comments"] = []
    shell = _dumps(_document_dict(document, article))  # ends with the comments: "[]}}"
    return shell[: -len("]}}")], "]}}"


# json.dumps(comment_dict(c)) and json.dumps(block_dict(b)), key for key (a test holds them
# to it: change both together).
_COMMENT = (
    '{"number":%d,"kind":%s,"author":%s,"date_text":%s,"time":%s,"score":%s,"url":%s,'
    '"op":%s,"new":%s,"parent":%s,'
    '"reply_evidence":[%s],"mentions":[%s],"blocks":[%s],"articles":[%s]}'
)
_BLOCK = '{"id":%s,"kind":%s,"text":%s,"lines":[%s]%s%s}'
_EVIDENCE = '{"kind":%s,"comment":%d,"matched":%s}'
_KINDS = {kind: _string(kind) for kind in BlockKind}  # each kind's JSON, written once


def _comment_json(comment: Comment) -> str:
    author, date_text, parent = comment.author, comment.date_text, comment.parent
    time, score, url = comment.time, comment.score, comment.url
    evidence, mentions, articles = comment.reply_evidence, comment.mentions, comment.articles
    return _COMMENT % (
        comment.number,
        _string(comment.kind),
        "null" if author is None else _string(author),
        "null" if date_text is None else _string(date_text),
        "null" if time is None else _string(time),
        "null" if score is None else str(score),
        "null" if url is None else _string(url),
        "true" if comment.op else "false",
        "true" if comment.new else "false",
        "null" if parent is None else str(parent),
        ",".join([_EVIDENCE % (_string(e.kind), e.comment, _string(e.matched)) for e in evidence])
        if evidence
        else "",
        ",".join([_string(m) for m in mentions]) if mentions else "",
        ",".join([_block_json(b) for b in comment.blocks]),
        ",".join([_dumps(article_dict(a)) for a in articles]) if articles else "",
    )
