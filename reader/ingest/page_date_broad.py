"""The broad date, read when no rule of a date line's place found the article's date: the
first full date in the header, in any line that is no teaser's and no caption's (with no
headline, in the last lines over the body: byline_broad.zones); with none there, a line
anywhere in the article that says it dates it ("Published March 4, 2024", "This article
was first published on …", "Last updated: …", the published one first).
"""

from __future__ import annotations

import re

from reader.ingest.byline_broad import zones
from reader.ingest.byline_marks import THE_PIECE
from reader.ingest.published_parts import DATING_WORDS, UPDATED, first_published
from reader.model import Block, BlockKind

_STATED = re.compile(
    rf"^\W*(?:(?:this|the)\s+(?:{THE_PIECE}|page)\s+(?:was\s+)?)?"
    rf"(?:first\s+|originally\s+|last\s+)?(?:{DATING_WORDS})\b",
    re.IGNORECASE,
)
OTHERS = (BlockKind.PROMO, BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.QUOTE)
LONGEST = 120  # characters of a line that says it dates the article


def header_date(blocks: list[Block], day_first: bool | None) -> str | None:
    """The first full date in the header's lines, no teaser's or caption's."""
    found = zones(blocks)
    for k in found[0] if found else ():
        if blocks[k].kind not in OTHERS and (date := first_published(blocks[k].text, day_first)):
            return date
    return None


def stated_date(
    blocks: list[Block], day_first: bool | None, published_only: bool = False
) -> str | None:
    """A line that says it dates the article, anywhere but in a teaser: the published
    one before the updated one (``published_only``: no updated one)."""
    lines = [
        b.text
        for b in blocks
        if b.kind is not BlockKind.PROMO and len(b.text) <= LONGEST and _STATED.match(b.text)
    ]
    if published_only:
        lines = [text for text in lines if not UPDATED.match(text)]
    lines.sort(key=lambda text: UPDATED.match(text) is not None)
    for text in lines:
        if date := first_published(text, day_first):
            return date
    return None
