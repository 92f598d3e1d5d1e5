"""The date an article was published, out of the dates its page prints.

The page's own date stands with the headline: in the bylines and date lines between
the headline and the body, or right above the headline. Failing those, a byline
under the body ("Written by Ann Lee on May 2, 2026"), then the first date in the
page's footer. Dates in the body's cards and in teasers are other articles'. Number
dates are read in the order the page writes them (dates.day_first_page).
"""

from __future__ import annotations

from reader.ingest.bylines import SIGNATURE_REACH, is_signature
from reader.ingest.dates import day_first_page, has_date, iso_date
from reader.model import Block, BlockKind

_HEADER_KINDS = (BlockKind.TIMESTAMP, BlockKind.BYLINE, BlockKind.SECTION)
ABOVE = 2  # lines above the headline a date line may stand in


def published(blocks: list[Block], header: tuple[int, int], body_end: int) -> str | None:
    """``header``: the blocks between the headline and the body; ``body_end``: the index
    of the first block after the body."""
    day_first = day_first_page([b.text for b in blocks if has_date(b.text)])
    first, last = header
    for block in blocks[first:last]:
        if block.kind in _HEADER_KINDS and (date := iso_date(block.text, day_first)):
            return date
    title = next((k for k in range(first) if blocks[k].kind is BlockKind.TITLE), None)
    if title is not None:
        for block in reversed(blocks[max(0, title - ABOVE) : title]):
            if block.kind is not BlockKind.PARAGRAPH and (date := iso_date(block.text, day_first)):
                return date
    for k in range(last, min(len(blocks), last + SIGNATURE_REACH)):
        block = blocks[k]
        signed = is_signature(block.text) or (
            k < body_end and block.kind in (BlockKind.BYLINE, BlockKind.TIMESTAMP)
        )
        if signed and (date := iso_date(block.text, day_first)):
            return date
    for block in blocks[body_end:]:
        if date := iso_date(block.text, day_first):
            return date
    return None
