"""The date an article was published, out of the dates its page prints.

The page's own date stands with the headline: in the bylines and date lines between
the headline and the body ("Updated May 3 | Published May 2": the published one, and
over an update alone a "Published" line anywhere in the article; a long line too when it
opens with "Published" or "Updated"), or right above the
headline; then a header date printed without its year ("Posted May 2, 9:40 AM"), in
the year the page's other dates give most, or its copyright's; then a date in the dateline
that opens the body ("LISBON, March 4 (Agency) –"). Failing those, a byline
under the body ("Written by Ann Lee on May 2, 2026"), a date line or a dated byline
right under its last paragraph; then the broad reads of page_date_broad.py (any
header line's date, a "Published …" line anywhere); last the first date in the page's
footer that no teaser's title stands over (there too the published one of a line that prints both).
Dates in the body's cards and in teasers are other articles'. Number dates are read in
the order the page writes them (date_order.py).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from reader.ingest.author_places import ABOVE, OPENING, SIGNATURE_REACH
from reader.ingest.byline_marks import is_signature
from reader.ingest.byline_signatures import under_last_paragraph
from reader.ingest.bylines import is_byline
from reader.ingest.date_order import day_first_page
from reader.ingest.datelines import dateline_date
from reader.ingest.dates import (
    has_date,
    is_date_line,
    is_yearless_date_line,
    iso_date,
    number_pairs,
    yearless_date,
)
from reader.ingest.header_date_rank import reading_order
from reader.ingest.headline_shape import headline_shaped
from reader.ingest.lines import is_meta
from reader.ingest.page_date_broad import OTHERS, header_date, stated_date
from reader.ingest.published_parts import UPDATED, first_published, published_part
from reader.ingest.text_shape import ends_sentence
from reader.model import Block, BlockKind

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HEADER_KINDS = (BlockKind.TIMESTAMP, BlockKind.BYLINE, BlockKind.SECTION)
# A header line that says it dates the article, whatever kind its length made it.
_DATED = re.compile(r"^\W*(?:published|posted|updated|last updated|created)\b", re.IGNORECASE)
# A teaser's label over the byline ("Related: …", "Read more: …"): its date is another article's
_TEASER_LABEL = re.compile(r"^\W*(?:related|read more|see also|also read)\b[^:]{0,20}:", re.I)


def published(blocks: list[Block], header: tuple[int, int], body_end: int) -> str | None:
    """``header``: the blocks between the headline and the body; ``body_end``: the index
    of the first block after the body."""
    dated = [b.text for b in blocks if has_date(b.text) or number_pairs(b.text)]
    day_first = day_first_page(dated, (b.text for b in blocks if b.kind is BlockKind.PARAGRAPH))
    first, last = header
    header_blocks = blocks[first:last]
    heads = [b.text for b in header_blocks if b.kind in _HEADER_KINDS]
    heads += [b.text for b in header_blocks if b.kind not in _HEADER_KINDS and _DATED.match(b.text)]
    heads = [text for text in heads if not _TEASER_LABEL.match(text)]
    heads.sort(key=reading_order)  # the article's own date lines first, updates last
    for text in heads:
        if date := first_published(text, day_first):
            if UPDATED.match(text) and published_part(text) is text:
                return stated_date(blocks, day_first, published_only=True) or date
            return date
    title = next((k for k in range(first) if blocks[k].kind is BlockKind.TITLE), None)
    if title is not None:
        for block in reversed(blocks[max(0, title - ABOVE) : title]):
            if block.kind is not BlockKind.PARAGRAPH and (
                date := first_published(block.text, day_first)
            ):
                return date
    year = _page_year(dated, day_first) or _copyright_year(blocks)
    if year and (date := _yearless(heads, header_blocks, year)):
        return date
    if date := _dateline_date(blocks[last:body_end], day_first, year):
        return date
    for k in range(last, min(len(blocks), last + SIGNATURE_REACH)):
        block = blocks[k]
        signed = is_signature(block.text) or (
            k < body_end and block.kind in (BlockKind.BYLINE, BlockKind.TIMESTAMP)
        )
        if signed and (date := first_published(block.text, day_first)):
            return date
    under = under_last_paragraph(blocks, body_end)
    if under is not None and _dates_post(blocks[under - 1].text, blocks[under].text):
        return first_published(blocks[under].text, day_first)
    if date := header_date(blocks, day_first) or stated_date(blocks, day_first):
        return date
    for k in range(body_end, len(blocks)):
        if _teasers_date(blocks, k):
            continue
        if date := first_published(blocks[k].text, day_first):
            return date
    return None


def _yearless(heads: list[str], header: list[Block], year: int) -> str | None:
    """A header's date printed without its year, in ``year``: in a byline or date line,
    or a line of the header that is that date alone, whatever kind its length made it
    ("Monday, March 4th" reads as a heading), no teaser's or caption's."""
    alone = (
        b.text
        for b in header
        if b.kind not in OTHERS and b.text not in heads and is_yearless_date_line(b.text)
    )
    for text in chain(heads, alone):
        if date := yearless_date(published_part(text), year):
            return date
    return None


def _dateline_date(body: list[Block], day_first: bool | None, year: int | None) -> str | None:
    """The date in the dateline that opens one of the body's first paragraphs ("LISBON,
    March 4 (Agency) –"; a dek or a byline the body opened with may stand over it), in the
    page's year when it prints none."""
    firsts = [b.text for b in body[: OPENING + 1] if b.kind is BlockKind.PARAGRAPH]
    if (part := next(filter(None, map(dateline_date, firsts)), None)) is None:
        return None
    return iso_date(part, day_first) or (yearless_date(part, year) if year else None)


def _dates_post(last: str, text: str) -> bool:
    """A date line, or a byline with its date, right under the last paragraph when that
    ends a sentence (under a question too, which a teaser's title may be)."""
    return ends_sentence(last) and (is_date_line(text) or (is_byline(text) and has_date(text)))


def _teasers_date(blocks: list[Block], k: int) -> bool:
    """A date under a headline's line, past the body: a related story's, not the page's."""
    return k > 0 and headline_shaped(blocks[k - 1].text) and is_meta(blocks[k].text)


def _copyright_year(blocks: list[Block]) -> int | None:
    """The year the copyright line ends with ("© 2005-2026 Harbour Daily")."""
    for block in blocks:
        if block.kind is BlockKind.SOURCE and (years := _YEAR.findall(block.text)):
            return int(years[-1])
    return None


def _page_year(texts: list[str], day_first: bool | None) -> int | None:
    """The year most of the page's full dates are in (the latest of equals)."""
    years = Counter(date[:4] for text in texts if (date := iso_date(text, day_first)))
    if not years:
        return None
    return int(max(years, key=lambda y: (years[y], y)))
