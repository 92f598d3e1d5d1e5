"""The document as plain text, reflowed to a width."""

from __future__ import annotations

import textwrap

from reader.model import Document
from reader.render.outline import Item, document_items


def _format(item: Item, width: int) -> str:
    indent = "  " * max(0, item.depth - 1)
    if item.role == "code":  # as written: its line breaks and indentation are its sense
        return "\n".join(indent + "    " + line for line in item.text.split("\n"))
    text = item.text.replace("\n", " ")
    if item.role == "title":
        text = text.upper() if item.depth == 0 else text
        underline = "=" if item.depth == 0 else "-"
        return (
            textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)
            + "\n"
            + indent
            + underline * min(width - len(indent), len(text))
        )
    prefix = {
        "caption": "[Photo] ",
        "promo": "[Promo] ",
        "quote": "| ",
        "comment": "",
        "comments": "",
        "article-start": "[Article] ",
        "article-end": "[End] ",
    }.get(item.role, "")
    following = indent + ("| " if item.role == "quote" else "")
    return textwrap.fill(prefix + text, width, initial_indent=indent, subsequent_indent=following)


def to_text(document: Document, width: int = 80) -> str:
    return "\n\n".join(_format(item, width) for item in document_items(document)) + "\n"
