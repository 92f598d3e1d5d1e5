"""The document as JSON: schema "reader.document", version 1 (docs/json-format.md),
written whole (``to_json``) or a few hundred comments at a time (``write_json``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TextIO, TypeVar

from reader.gc_pause import gc_paused
from reader.model import Document
from reader.render.json_dicts import article_head, document_dict, document_fields, dumps
from reader.render.json_text import block_json, comment_json

__all__ = ["document_dict", "to_json", "write_json"]


@gc_paused()
def to_json(document: Document) -> str:
    """One line of JSON: json.dumps(document_dict(document)), compact and not ASCII-escaped.

    A big page is mostly comments and their blocks; they are written straight from
    the model (``comment_json``), not built as dictionaries for the encoder to walk.
    The document is a tree, so the encoder need not look for cycles.
    """
    head, tail = _shell(document)
    parts = [comment_json(c) for c in document.article.comments]
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
    _write_each(out, document.article.blocks, block_json)
    out.write(middle)
    _write_each(out, document.article.comments, comment_json)
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
    article = article_head(document.article, blocks=False)
    keys = list(article)
    split = keys.index("blocks")
    before = {key: article[key] for key in keys[:split]}
    after = {key: article[key] for key in keys[split + 1 :]} | {"comments": []}
    shell = dumps(document_fields(document, {}))  # ends with the article: "{}}"
    head = shell[: -len("{}}")] + dumps(before)[: -len("}")] + ',"blocks":['
    return head, "]," + dumps(after)[len("{") : -len("]}")]


def _shell(document: Document) -> tuple[str, str]:
    """The JSON before the first comment and after the last: "comments" ends the
    article, and the article the document."""
    article = article_head(document.article)
    article["comments"] = []
    shell = dumps(document_fields(document, article))  # ends with the comments: "[]}}"
    return shell[: -len("]}}")], "]}}"
