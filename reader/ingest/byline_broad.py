"""The broad byline, read when no rule of a byline's shape found the authors: a short line
that is mostly people's names, whatever else it holds, in the header (between the
headline and the body's first paragraph; with no headline, the last lines over the body)
or right under the body's last paragraph (or under a date line there; not the first of a
list of names, which a letter's signatories are, and not a teaser's under its title). A
header that prints three or more dates is a list of other articles' cards, not the
article's header: its names are theirs.

The names may follow a marker ("By", "Par", "—") or a date, and be followed by a role,
an outlet or a place after a separator (",", "|", "-", "·", "/"): "Ann Lee, Senior
Health Correspondent", "Ann Lee / Harbour Daily", "ANN LEE AND BO PARK". A line of names
and nothing else is a byline when a known first name opens one of them (the names
lexicon is the evidence, never a list of outlets); names of first names no list knows
need more: a marker, a date on the line, a role or outlet after them, or a date line
right above or below.
"""

from __future__ import annotations

import re

from reader.ingest.byline_marks import MARKER
from reader.ingest.chrome import is_chrome
from reader.ingest.dates import date_end, date_start, has_date, is_date_line, iso_date
from reader.ingest.name_lists import names_in
from reader.ingest.names import INITIAL, ROLE, ends_sentence_not_name, known_first_name
from reader.ingest.no_names import people
from reader.model import Block, BlockKind

_SEPARATOR = re.compile(r"\s+[|·•/–—-]\s+|\s*[|·•]\s*")
_EDGES = " |·•,/–—-:"
_CONNECTOR = re.compile(r"[\s|·•,/–—:-]*\b(?:on|at|am|um|le|el|il|den|the)?[\s|·•,/–—:-]*$", re.I)
HEADER_TAIL = 6  # with no headline, the lines over the body where a byline may stand
CARDS = 3  # different dates in a header that make it a list of other articles' cards
UNDER = 2  # blocks under the body's last paragraph where a byline may stand (a date first)
LONGEST = 120  # characters of a byline's line
_SKIPPED = (BlockKind.PROMO, BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.QUOTE)


def _known(name: str) -> bool:
    first = name.split()[0]
    return known_first_name(first) or INITIAL.match(first) is not None


def line_names(text: str, beside_date: bool = False, known_only: bool = False) -> list[str]:
    """The people a byline's line names, or []; ``beside_date``: a date line stands right
    above or below it; ``known_only``: a known first name must open one of the names,
    whatever else says it is a byline."""
    text = text.strip()
    if not text or len(text) > LONGEST or ends_sentence_not_name(text) or is_chrome(text):
        return []
    marker = MARKER.match(text)
    text = text[marker.end() :] if marker else text
    dated = date_start(text) == 0 and (end := date_end(text)) > 0
    text = text[end:] if dated else text
    at = date_start(text)  # "Ann Lee Mar 5, 2021 · 5 min read", "Ann Lee am 4. März"
    if at:
        text, dated = _CONNECTOR.sub("", text[:at]), True
    head, *rest = _SEPARATOR.split(text.strip(_EDGES), maxsplit=1)
    chunks = head.split(",")
    for cut in range(len(chunks), 0, -1):
        if names := names_in(",".join(chunks[:cut])):
            break
    else:
        return []
    after = ",".join(chunks[cut:]) + " " + " ".join(rest)
    said = marker or dated or beside_date or ROLE.search(after) or has_date(after)
    known = any(_known(name) for name in names)
    unknown_ok = said and not known_only and (marker or people(names))  # "Harbour Authority"
    return names if known or unknown_ok else []


def of_cards(texts: list[str]) -> bool:
    """A header of CARDS dates or more: other articles' cards, their names theirs."""
    return len({iso_date(text) for text in texts} - {None}) >= CARDS


def zones(blocks: list[Block]) -> list[range]:
    """The header's blocks and those right under the body's last paragraph."""
    title = next((k for k, b in enumerate(blocks) if b.kind is BlockKind.TITLE), None)
    start = title + 1 if title is not None else 0
    prose = [k for k in range(start, len(blocks)) if blocks[k].kind is BlockKind.PARAGRAPH]
    if not prose:
        return []
    header = range(start if title is not None else max(0, prose[0] - HEADER_TAIL), prose[0])
    return [header, range(prose[-1] + 1, min(len(blocks), prose[-1] + 1 + UNDER))]


def broad_authors(blocks: list[Block], known_only: bool = False, under: bool = True) -> list[str]:
    """The first line of names in the header, else right under the body (``under``;
    ``known_only``: line_names's; both for bench/byline_fallbacks.py's variants)."""
    for n, zone in enumerate(zones(blocks)[: 2 if under else 1]):
        if n == 0 and of_cards([blocks[k].text for k in zone]):
            continue  # a header of cards, each dated: other articles' names
        for k in zone:
            if n and k > zone.start and not is_date_line(blocks[zone.start].text):
                break  # under the body: the line right under it, or under the date there
            kind, text = blocks[k].kind, blocks[k].text
            if kind in _SKIPPED and not (n == 0 and kind is BlockKind.PROMO and not has_date(text)):
                continue  # in the header, a teaser is dated ("Recent posts"); a card is not
            near = [blocks[j].text for j in (k - 1, k + 1) if j in zone]
            beside = any(is_date_line(text) for text in near)
            if names := line_names(text, beside, known_only):
                if n and k + 1 < len(blocks) and line_names(blocks[k + 1].text):
                    break  # the first of a list of names under a letter: its signatories
                return names
    return []
