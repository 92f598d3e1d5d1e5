"""The byline by evidence, read last, when no rule of a byline's shape found the authors.

The shape rules need the proof of a byline on its own line or on the line right beside
it (a marker, a date, a role). Copies break that: a role, an outlet, a bureau or a button
stands between the name and its date; the date is relative, or only in the dateline or
under the body; "Name / Outlet" reads as a photo's credit. Here each short line of the
header (between the headline and the body's first paragraph, whatever kind the header
gave its block) that is names and at most an outlet, a role or a place after them is
scored by what the whole page says about it:

- it stands in the header (the base of every score);
- a known first name opens one of its names;
- a date line stands in the header;
- the body does not name the person again (a quoted or pictured person is named there;
  a writer seldom is): named there, the line is no byline unless a marker opens it
  ("By"), and then the score falls by two;
- the line's shape is rare on the page: no line of the body (a subhead, a paragraph, a
  label between paragraphs) is a line of names too. A page whose subheads are short
  capitalised lines ("Net Weight", "Rope Length") prints its sections so, not its
  writer; elsewhere a line of names in the header is its writer's, whether or not a
  list knows its first name.

A line a credit's or a caption's word opens ("Photo:", "Pictured:", "Image"), one that
ends a sentence, or one under such a label is none. The first line that reaches SURE is
the byline; a name line right under it joins it (two writers, a line each).
"""

from __future__ import annotations

import re

from reader.ingest.byline_broad import of_cards, zones
from reader.ingest.byline_marks import MARKER
from reader.ingest.byline_neighbours import dated_line
from reader.ingest.byline_people import END, PIECES, newsroom
from reader.ingest.name_lists import JOINERS, names_in
from reader.ingest.name_outlets import without_outlet
from reader.ingest.names import ends_sentence_not_name, person_name
from reader.ingest.no_names import people
from reader.ingest.text_shape import word_count
from reader.model import Block, BlockKind

# A line a credit's or a picture's word opens: the person is pictured or credited
_PICTURED = re.compile(
    r"^\W*(?:photo\w*|pictured|picture|image|illustration|video|credit|courtesy|source)s?\b",
    re.IGNORECASE,
)
_FOR = re.compile(r"\s+(?:for|in|at)\s+(?=[A-Z])")  # "Ann Lee for Harbour Daily"
_JOIN_END = re.compile(rf"(?:,|\s(?:{JOINERS}))\s*$")  # "Ann Lee and" over "Bo Park"
SURE = 2  # the score a line of names reaches to be the byline (fitted on dev pages)
WORDS = 8  # words of a line of names with its outlet or role
REACH = 8  # blocks of the header looked at, past the dek
BESIDE = 5  # words of a role's, an outlet's, a place's line under a name
IN_BODY = 2  # what a name the body gives again costs


def name_line(text: str) -> list[str] | None:
    """The names a short line opens with, when what follows them is at most an outlet, a
    role or a place after a separator: "Ann Lee", "Ann Lee / Harbour Daily", "Ann Lee
    for Harbour Daily", "Ann Lee and Bo Park"."""
    text = text.strip()
    if not text or word_count(text) > WORDS or ends_sentence_not_name(text):
        return None
    if _PICTURED.match(text):
        return None
    marker = MARKER.match(text)
    text = text[marker.end() :] if marker else text
    if newsroom(text):
        return None  # "Harbour Live Staff": the newsroom's credit names no one
    head = _FOR.split(PIECES.split(END.sub("", text))[0])[0]
    head = _JOIN_END.sub("", head.strip(" ,"))
    names = names_in(without_outlet(head))
    return people(names)


def _score(names: list[str], texts: list[str], i: int, body: str, rare: bool) -> int:
    """The evidence that the names of line ``i`` of the header are its writers' (``rare``:
    the body prints no other line of names)."""
    known = any(person_name(name, known_first=True) for name in names)
    dated = any(dated_line(text) for text in texts)
    named = any(re.search(rf"\b{re.escape(n.split()[-1].lower())}\b", body) for n in names)
    under = i + 1 < len(texts) and _beside(texts[i + 1])
    tail = texts[i].strip() != names[0] or under
    if named and MARKER.match(texts[i]) is None:
        return 0  # the body's speaker or subject: no writer unless a mark says so ("By")
    return 1 + 2 * known + dated + tail + rare - IN_BODY * named


def _beside(text: str) -> bool:
    """A short line that is no sentence under a name: its role, outlet, place, a time."""
    return (
        word_count(text) <= BESIDE and not ends_sentence_not_name(text) and not text.endswith(".")
    )


def _window(blocks: list[Block]) -> range:
    """The header's blocks: from under the headline to the first paragraph longer than a
    line of names, past the one right under the headline (a dek the header read as the
    body's first paragraph: the byline may stand under it)."""
    parts = zones(blocks)
    if not parts or of_cards([blocks[k].text for k in parts[0]]):
        return range(0)  # a header of other articles' cards
    start = parts[0].start
    end = start + 1 if start < len(blocks) and _prose(blocks[start]) else start
    while end < min(len(blocks), start + REACH) and not _prose(blocks[end]):
        end += 1
    return range(start, end)


def _prose(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and word_count(block.text) > WORDS


def scored_lines(blocks: list[Block]) -> list[tuple[int, list[str]]]:
    """Each line of names of the header, in order, with its score and its names."""
    header = _window(blocks)
    texts = [blocks[k].text for k in header]
    lines: list[tuple[int, list[str]]] = []
    for i, text in enumerate(texts):
        if i and _PICTURED.match(texts[i - 1]):
            continue  # "Image" over the pictured person's name
        if any(dated_line(above) for above in texts[: max(0, i - 1)]):
            break  # under the header's date, past the line under it: a caption's, a card's
        if names := name_line(text):
            lines.append((i, names))
    if not lines:
        return []  # the body is read only for a header that names someone
    body = " ".join(b.text for b in blocks[header.stop :] if b.kind is BlockKind.PARAGRAPH)
    body, rare = body.lower(), _rare(blocks, header.stop)
    return [(_score(names, texts, i, body, rare), names) for i, names in lines]


def _rare(blocks: list[Block], start: int) -> bool:
    """No line of the body, from ``start`` to its last paragraph, is a line of names: the
    page does not set its subheads or its settings' titles so."""
    paragraphs = range(len(blocks) - 1, start - 1, -1)
    last = next((k for k in paragraphs if blocks[k].kind is BlockKind.PARAGRAPH), start)
    return not any(name_line(blocks[k].text) for k in range(start, last))


def evidence_authors(blocks: list[Block], sure: int | None = None) -> list[str]:
    """The writers of the header's first line of names that reaches SURE, or []."""
    sure = SURE if sure is None else sure
    lines = scored_lines(blocks)
    for n, (score, names) in enumerate(lines):
        if score >= sure:
            if n + 1 < len(lines) and lines[n + 1][0] >= sure:
                names = names + [name for name in lines[n + 1][1] if name not in names]
            return names
    return []
