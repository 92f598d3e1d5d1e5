"""The links a reader can open: the page's links kept on the blocks (HTML), and the web
addresses written out in the text (any input). Plain Python."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.model import Block, Link

_ADDRESS = re.compile(r"\bhttps?://[^\s<>\"'“”‘’]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}"  # a sentence's punctuation after an address is not part of it


def links_in(blocks: Iterable[Block]) -> list[Link]:
    """Every link of the blocks, in order, each address once."""
    found: dict[str, Link] = {}
    for block in blocks:
        for link in block.links:
            found.setdefault(link.url, link)
        for match in _ADDRESS.finditer(block.text):
            url = _trimmed(match.group())
            found.setdefault(url, Link(url, url))
    return list(found.values())


def _trimmed(url: str) -> str:
    while url and url[-1] in _TRAILING and not (url[-1] == ")" and "(" in url):
        url = url[:-1]
    return url
