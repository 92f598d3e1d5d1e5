"""The document as clean Markdown."""

from __future__ import annotations

import re

from reader.model import Document
from reader.render.outline import Item, document_items

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
_BACKTICKS = re.compile(r"`+")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _format(item: Item) -> str:
    if item.role == "code":  # a fence longer than any run of backticks in the code
        fence = "`" * max(3, 1 + max(map(len, _BACKTICKS.findall(item.text)), default=0))
        return f"{fence}\n{item.text}\n{fence}"
    text = _escape(item.text)
    role = item.role
    if role == "title":
        return ("#" * min(6, 1 + item.depth)) + " " + text
    if role == "heading":
        return ("#" * min(6, 2 + item.depth)) + " " + text
    if role == "comments":
        return "## " + text
    if role == "comment":
        return "### " + text
    if role in ("subtitle", "section"):
        return f"*{text}*"
    if role in ("byline", "timestamp", "source"):
        return f"_{text}_"
    if role == "caption":
        return "> *" + text.replace("\n", " ") + "*"
    if role == "promo":
        return f"> Promo: {text}"
    if role == "quote":
        return f"> {text}"
    if role == "article-start":
        return "---\n\n**Embedded article**"
    if role == "article-end":
        return "---"
    return text


def to_markdown(document: Document) -> str:
    out: list[str] = []
    for item in document_items(document):
        chunk = _format(item)
        if item.depth > 1:  # replies are nested block quotes
            prefix = "> " * (item.depth - 1)
            chunk = "\n".join(
                prefix + line if line else prefix.rstrip() for line in chunk.split("\n")
            )
        out.append(chunk)
    return "\n\n".join(out) + "\n"
