"""Which lines near the body may be the headline, and what stands under one: the dek
(a longer line over a byline or date) or a list of points (header_lists.py), the byline
or date, a few minor lines."""

from __future__ import annotations

import re

from reader.ingest.chrome import is_breadcrumb, is_chrome
from reader.ingest.dialogs import choices_under, in_notice
from reader.ingest.header_lists import in_points, is_list, point_form
from reader.ingest.headline_entries import timed_entry
from reader.ingest.headline_shape import UNNAMED_BYLINE, URL, headline_shaped, minor, quoted_whole
from reader.ingest.line_kinds import LABEL_WORDS
from reader.ingest.lines import (
    Line,
    is_caption,
    is_copyright,
    is_credit_line,
    is_label,
    is_meta,
    word_count,
)
from reader.ingest.unmarked_bylines import byline_role, placed_byline, unmarked_byline
from reader.lexicon import AUXILIARIES

_CAPITALISED = r"[A-Z][\w.'’&-]*"
# "Ann Lee, Harbour Press": a photographer and an agency, as a credit under a photo
_AGENCY_CREDIT = re.compile(
    rf"{_CAPITALISED}(?: {_CAPITALISED}){{1,3}}, {_CAPITALISED}(?: {_CAPITALISED}){{0,3}}"
)
MAX_DEK = 1
MAX_POINTS = 7  # a list's points under a headline, at most
# "Lives in:\tKelpwick": a field of a box of facts copied from its table, the label's cell
# ending on a colon, a tab (or the spaces of one) before the value's cell
_FIELD = re.compile(r"[^\W\d_][\w'’()-]*(?: [\w'’()-]+){0,2}:(?:\t| {2,})\S.{0,200}")
# "— Ann Lee, 1998": the source under a quotation, opening on a dash
_ATTRIBUTION = re.compile(r"[—―–]\s*\S.{0,60}")
# "3.1 Tides", "12 History": an entry of a page's numbered contents (a year is no number here)
_CONTENTS = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+\S(?:\S*\s+\S){0,7}\S*")
_CLOSERS = "\"”’')"
# "1. The ferry comes first", "2) Who pays": an item of a numbered series (a listicle's
# subheads, a guide's steps), the next number opening a line further down
_MARK = re.compile(r"[.)]\s+\S")  # what follows an item's number: "1. …", "3) …"
_NUMBERED = re.compile(rf"(\d{{1,2}}){_MARK.pattern}")
SERIES_REACH = 40  # lines under a numbered line where the next number may stand


def eligible(lines: list[Line], i: int, start: int) -> bool:
    """Is line i one that may be the headline? Never captions and credits, bylines (a
    name over a date too; names with the place they report from over the date) and
    dates, the copyright line, an address, a breadcrumb, the dek under the headline, a
    point of a list under it over the byline, a photo's caption over its credit under
    the byline, a box's "Label: value" fields and a list of numbered contents, a
    byline's role line under its name ("Coast editor"), an item of a numbered series
    (the next number opens a line below), a quotation's source after a dash, a notice to
    the reader and the choices it offers (dialogs.py); in the body (from ``start``),
    only a line shaped as a headline (a question), never a paragraph."""
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
    if _over_credit(lines, i) or _paired(lines, i, _FIELD) or _paired(lines, i, _CONTENTS):
        return False
    if _ATTRIBUTION.fullmatch(text) or _opens_series(lines, i) or timed_entry(lines, i):
        return False
    if in_points(lines, i):
        return False  # a point of a list under the headline, over the byline
    if choices_under(lines, i) or in_notice(lines, i):
        return False  # a notice to the reader ("We use cookies…") and the choices it offers
    before = lines[i - 2].text if i > 1 else ""
    if placed_byline(above, text, under):
        return False  # "Tobiah Kersh at Harbour Park" over the date
    return unmarked_byline(above, text, under) is None and not byline_role(above, text, before)


def _paired(lines: list[Line], i: int, shape: re.Pattern[str]) -> bool:
    """Is line i of this shape next to another one: a "Label: value" field of a box of
    facts (a profile's, a guide's), a numbered entry of the page's contents? No headline.
    A headline after a kicker's colon, or opening on a count, stands alone (a "By: Ann
    Lee" or "Updated: …" line under it is its byline)."""
    if shape.fullmatch(lines[i].text) is None:
        return False
    near = (lines[k].text for k in (i - 1, i + 1) if 0 <= k < len(lines))
    return any(shape.fullmatch(text) is not None and not is_meta(text) for text in near)


def _opens_series(lines: list[Line], i: int) -> bool:
    """Is line i numbered ("1. …", "3) …") with the next number opening a line below it
    ("2. …", "4) …"): an item of a series (a listicle's subheads, a guide's steps)?"""
    number = _NUMBERED.match(lines[i].text)
    if number is None:
        return False
    following = str(int(number[1]) + 1)
    below = lines[i + 1 : i + 1 + SERIES_REACH]
    return any(x.text.startswith(following) and _MARK.match(x.text, len(following)) for x in below)


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
    """Is there a byline or date under line i, past one dek or a list of points alike
    in form and length (header_lists: the story told short, its bullets) and a few
    minor lines? (A name over a date is a byline too.)"""
    deks: list[str] = []
    short = 0
    own = lines[i].text
    for k in range(i + 1, min(limit, len(lines))):
        text = lines[k].text
        under = lines[k + 1].text if k + 1 < len(lines) else ""
        if is_meta(text) or unmarked_byline(lines[k - 1].text, text, under):
            return len(deks) <= MAX_DEK or is_list(deks, own)
        if is_chrome(text) or is_caption(text):
            continue
        if minor(text):
            short += 1
            if short > 3:
                return False
            continue
        deks.append(text)
        if len(deks) > MAX_DEK and (len(deks) > MAX_POINTS or point_form(text) is None):
            return False  # past one dek, only a list's points
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
    no label, chrome or breadcrumb (a kicker's words are no headline, a trail has no
    dek), and line i reads as a sentence, with a full stop (a headline may ask or
    exclaim) or a finite auxiliary (_clause: a dek need not end on a full stop; a
    headline drops it), or the line above asks, exclaims or is quoted whole (a section's
    kicker never does: "Why now?" or "“Nobody asked us”" over a longer line is a short
    headline over its dek)?"""
    if i == 0:
        return False
    above, text = lines[i - 1].text, lines[i].text
    sentence = text.rstrip(_CLOSERS).endswith((".", "…")) or _clause(above, text)
    return (
        (sentence or above.rstrip(_CLOSERS).endswith(("?", "!")) or quoted_whole(above))
        and not (is_label(above) or is_chrome(above) or is_meta(above) or is_caption(above))
        and not is_breadcrumb(above)
        and over_dek(lines, i - 1, start)
    )


# A finite auxiliary (AUXILIARIES): a dek is a sentence and keeps it ("has scrapped"), a
# headline's headlinese drops it ("scraps"); a promo line over a headline stands over none
_QUOTES = '"“”‘’'


def _clause(above: str, text: str) -> bool:
    """Does the line read as a sentence with no full stop: in sentence case, with a
    lowercase finite auxiliary among its words (a dek, not a headline in headlinese)?
    Not a line that asks ("Will the pier reopen?") or quotes (a quotation keeps its
    speaker's auxiliaries in a headline too), nor one under a line no longer than a
    kicker ("Opinion" over "3 ways the toll will change the town": kicker, headline)."""
    if word_count(above) <= LABEL_WORDS or text.rstrip(_CLOSERS).endswith("?"):
        return False
    if any(q in text for q in _QUOTES):
        return False
    words = text.split()
    low = sum(1 for w in words[1:] if w[:1].islower())
    return low * 2 >= len(words) - 1 and any(w in AUXILIARIES for w in words[1:])
