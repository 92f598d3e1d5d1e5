"""Which lines near the body may be the headline, and what stands under one: the dek
(a longer line over a byline or date), the byline or date, a few minor lines."""

from __future__ import annotations

import re

from reader.ingest.chrome import is_breadcrumb, is_chrome
from reader.ingest.headline_shape import UNNAMED_BYLINE, URL, headline_shaped, minor
from reader.ingest.lines import (
    Line,
    is_caption,
    is_copyright,
    is_credit_line,
    is_label,
    is_meta,
    word_count,
)
from reader.ingest.unmarked_bylines import unmarked_byline

_CAPITALISED = r"[A-Z][\w.'’&-]*"
# "Ann Lee, Harbour Press": a photographer and an agency, as a credit under a photo
_AGENCY_CREDIT = re.compile(
    rf"{_CAPITALISED}(?: {_CAPITALISED}){{1,3}}, {_CAPITALISED}(?: {_CAPITALISED}){{0,3}}"
)
MAX_DEK = 1
_CLOSERS = "\"”’')"


def eligible(lines: list[Line], i: int, start: int) -> bool:
    """Is line i one that may be the headline? Never captions and credits, bylines (a
    name over a date too) and dates, the copyright line, an address, a breadcrumb, the
    dek under the headline, a photo's caption over its credit under the byline; in the
    body (from ``start``), only a line shaped as a headline (a question), never a
    paragraph."""
    text = lines[i].text
    if i >= start and not headline_shaped(text):
        return False
    if is_caption(text) or is_meta(text) or is_copyright(text) or is_breadcrumb(text):
        return False
    if URL.match(text.strip()) or UNNAMED_BYLINE.fullmatch(text) or under_head(lines, i, start):
        return False
    above = lines[i - 1].text if i > 0 else ""
    under = lines[i + 1].text if i + 1 < len(lines) else ""
    if i + 2 >= start and is_meta(above) and _AGENCY_CREDIT.fullmatch(under):
        return False  # a photo's caption over its credit, between the byline and the body
    if _over_credit(lines, i):
        return False
    return unmarked_byline(above, text, under) is None


def _over_credit(lines: list[Line], i: int) -> bool:
    """Is line i a sentence over a photo's credit ("Ann Lee/Harbour Images"), right
    under it or past a short label ("Credit...")? A caption, no headline."""
    text = lines[i].text
    if not text.rstrip(_CLOSERS).endswith("."):
        return False
    under = [x.text for x in lines[i + 1 : i + 3]]
    if under and is_credit_line(under[0]):
        return True
    return len(under) == 2 and word_count(under[0]) <= 2 and is_credit_line(under[1])


def meta_below(lines: list[Line], i: int, limit: int) -> bool:
    """Is there a byline or date under line i, past one dek and a few minor lines? (A
    name over a date is a byline too.)"""
    dek = 0
    short = 0
    for k in range(i + 1, min(limit, len(lines))):
        text = lines[k].text
        under = lines[k + 1].text if k + 1 < len(lines) else ""
        if is_meta(text) or unmarked_byline(lines[k - 1].text, text, under):
            return True
        if is_chrome(text) or is_caption(text):
            continue
        if minor(text):
            short += 1
            if short > 3:
                return False
            continue
        dek += 1
        if dek > MAX_DEK:
            return False
    return False


def over_dek(lines: list[Line], i: int, start: int) -> bool:
    """Does line i stand over a dek: the next line a reader reads is longer, no byline
    or date, and a byline or date is right under that one?"""
    under = range(i + 1, min(start + 2, len(lines)))
    j = next((k for k in under if not minor(lines[k].text)), None)
    if j is None:
        return False
    text = lines[j].text
    return (
        word_count(text) > word_count(lines[i].text)
        and not is_meta(text)
        and meta_below(lines, j, j + 4)
    )


def under_head(lines: list[Line], i: int, start: int) -> bool:
    """Is line i the dek of the line above it: that line stands over it (over_dek), is
    no label or chrome (a kicker's words are no headline), and line i ends as a
    sentence does, with a full stop (a headline may ask or exclaim)?"""
    if i == 0:
        return False
    above, text = lines[i - 1].text, lines[i].text
    sentence = text.rstrip(_CLOSERS).endswith((".", "…"))  # no question
    return (
        sentence
        and not (is_label(above) or is_chrome(above) or is_meta(above) or is_caption(above))
        and over_dek(lines, i - 1, start)
    )
