"""A post's signature under its body: a byline or a name alone under the last paragraph
("By Ann Lee", "Ann Lee", "— Lars"), a sentence crediting the piece ("This story was
reported by Ann Lee."), a name over its bio ("Ann Lee" over "Ann covers
ferries …"), a personal site's owner in its copyright line ("© Ann Lee").
author_places.py says when they are asked.
"""

from __future__ import annotations

import re

from reader.ingest.byline_marks import THE_PIECE, WRITER_ROLES, WRITING_BY
from reader.ingest.bylines import byline_names
from reader.ingest.name_lists import names_in
from reader.ingest.names import known_first_name, person_name
from reader.ingest.no_names import may_be_person
from reader.ingest.text_shape import ends_sentence
from reader.ingest.unmarked_bylines import unmarked_byline
from reader.lexicon import ORG_WORDS
from reader.model import Block, BlockKind

_PARAGRAPH = BlockKind.PARAGRAPH
BOX_LINES = 2  # lines under an author's name where the bio opens (a handle between)
_OPENING_WORDS = re.compile(r"^(\S+(?: \S+)*?)(?:'s)? [a-z]")
_HANDLE_LINE = re.compile(r"^@\w+$")
_ABOUT = re.compile(r"^About\s+(?=\S+\s)")
_SIGN_DASH = re.compile(r"^(?:[—–~]+|-{1,2})\s*(?=\w)")  # "— Ann Lee", "--Ann", "~ Lars"
# A signature with the place it was written in: "— Ann Lee, in Lisbon", "– Ann Lee, Port
# Ellis", "Ann Lee and Bo Park reported from Lisbon."
_PLACED = re.compile(
    r"^(?:[—–-]\s*(?P<signed>[^,]+?),\s+(?:in\s+)?|(?P<reported>.+?)\s+reported\s+from\s+)"
    r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}\.?$"
)
# The piece itself, that a closing sentence credits before its writing credit ("This
# story was reported by Ann Lee.", "This guest column was written by …", "This was
# compiled by …"): a credit's marker need not open its line; "The bylaw was written by",
# "The original report was compiled by" credit some other text
_CREDITED_PIECE = re.compile(
    rf"^[\W_]*this\s+(?:(?:[^\W\d_]+\s+)?(?:{THE_PIECE}|report|column)\s+)?"
    rf"(?:was|is|has\s+been)\s+"
    rf"(?={WRITING_BY}\s)",
    re.IGNORECASE,
)
# How to reach the writer, at the article's end, the line saying they are one: "Contact
# reporter Ann Lee at …", "Email staff writer Ann Lee at …", "Reporter Ann Lee can be
# reached at …", "Ann Lee, a staff writer, can be reached at …"
_ROLE = rf"(?:(?:the|our)\s+)?(?:[^\W\d_]+\s+)?(?:{WRITER_ROLES})\s+"
_NAME = r"(?-i:[A-ZÀ-Þ])[\w.'’-]*(?:\s+[\w.'’-]+){1,4}?"
_CONTACT = re.compile(
    rf"^[\W_]*(?:(?:contact|email|reach|write\s+to)\s+{_ROLE}(?P<named>{_NAME})\s+(?:at|on|via)\s"
    rf"|(?P<role>{_ROLE})?(?P<reached>{_NAME})(?P<said>,\s+(?:a|an|the|our)\s+[^,]{{0,40}}?\b"
    rf"(?:{WRITER_ROLES})\b[^,]*,)?\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed)\b)",
    re.IGNORECASE,
)
# "© Ann Lee", "Copyright 2019 Ann Lee.": the holder alone, no company, no rights reserved
_OWNER = re.compile(
    r"^(?!.*\brights\b)(?:©|\(c\)|copyright)(?:\s*©)?\s*"
    r"(?P<year>(?:19|20)\d\d(?:\s*[-–]\s*\d{4})?,?\s+)?(?P<name>[^\d©,|]+?)\.?$",
    re.I,
)


def under_last_paragraph(blocks: list[Block], body_end: int) -> int | None:
    """The block right under the body's last paragraph, where a post signs and dates
    itself (``body_end``: the first block after the body)."""
    last = next((k for k in range(body_end - 1, -1, -1) if blocks[k].kind is _PARAGRAPH), None)
    return last + 1 if last is not None and last + 1 < len(blocks) else None


def signed_under(blocks: list[Block], k: int) -> list[str]:
    """The byline right under the body's last paragraph ("By Ann Lee", "Ann Lee | May 2,
    2026", "— Ann Lee, in Lisbon"), or a name alone there that signs the post: "Ann Lee",
    or one known first name ("Lars"), or after a dash any name ("— Zorion Quell"); not the
    first of a list of names (a letter's signatories, a dashed list). ``k``: the first
    block after the body."""
    last, raw = blocks[k - 1], blocks[k].text.strip()
    if last.kind is not _PARAGRAPH or not ends_sentence(last.text):
        return []
    dash = _SIGN_DASH.match(raw)  # the dash marks it signed, as "By" does
    text = raw[dash.end() :] if dash else raw
    if dash and k + 1 < len(blocks) and _SIGN_DASH.match(blocks[k + 1].text.strip()):
        return []  # "- Ann Lee" over "- Bo Park": a dashed list's first item
    under = blocks[k + 1].text if k + 1 < len(blocks) else ""
    names = placed_names(raw) or byline_names(text)  # "— Ann Lee, in Lisbon": with its dash
    if names := names or unmarked_byline(last.text, text, under, True, pairs=False):
        return names  # as a byline under the headline: "Zoe Qvist | May 2, 2026"; a name
        # over another is a list's (a letter's signatories)
    if text.endswith(".") and len(text.split()[-1]) > 4:
        text = text[:-1]  # "Ann Lee." signs a letter; "Ann Lee Jr." keeps its dot
    if any(person_name(b.text.split(",")[0].strip(), True) for b in blocks[k + 1 : k + 3]):
        return []
    if " " not in text:
        return [text] if known_first_name(text) and text[:1].isupper() else []
    name = person_name(text, known_first=True) or (_dashed_name(text) if dash else None)
    return [name] if name else []


def _dashed_name(text: str) -> str | None:
    """A name of any first name after a signature's dash, when it has one person's shape:
    none of its words an organisation's, a place's or a saying's ("— Orrin Vale Rotary
    Club", "— Canal Folk Saying")."""
    name = person_name(text)
    return name if name and may_be_person(name) else None


def placed_names(text: str) -> list[str]:
    """The people of a signature that says where they wrote ("— Ann Lee, in Lisbon",
    "Ann Lee reported from Lisbon.")."""
    placed = _PLACED.match(text.strip())
    return (names_in(placed.group("signed") or placed.group("reported")) or []) if placed else []


def contact_names(text: str) -> list[str]:
    """The writer a contact line at the article's end names, the line saying they are
    one ("Contact reporter Ann Lee at desk@…", "Reporter Ann Lee can be reached at …");
    "Email Ann Lee at …" may be anyone's."""
    contact = _CONTACT.match(text.strip())
    if contact is None or contact.group("named", "role", "said") == (None, None, None):
        return []
    name = person_name(contact.group("named") or contact.group("reached"))
    return [name] if name else []


def credit_in_sentence(text: str) -> str | None:
    """The writing credit a sentence about the piece holds ("This story was reported by
    Ann Lee and Bo Park." is "reported by Ann Lee and Bo Park."), or None."""
    piece = _CREDITED_PIECE.match(text)
    return text[piece.end() :] if piece else None


def site_owner(blocks: list[Block]) -> list[str]:
    """A personal site's owner: the page's (first) copyright line names a person alone,
    no company and no rights reserved; with a year, of a known first name ("© 2026
    Quay Holdings" is a company's)."""
    line = next((b.text.strip() for b in blocks if b.kind is BlockKind.SOURCE), "")
    if (owner := _OWNER.match(line)) is None:
        return []
    name = person_name(owner.group("name"), known_first=owner.group("year") is not None)
    return [name] if name and name.split()[-1].lower() not in ORG_WORDS else []


def boxed(text: str, under: list[str]) -> str | None:
    """A name alone over its bio: "Ann Lee" (or "About Ann Lee") over "Ann covers ferries
    for the Daily." (perhaps with the handle between): the bio opens with the name, or its
    first or last word, and a word in lower case, and is a sentence."""
    name = person_name(_ABOUT.sub("", text.strip()))  # "About Ann Lee" over it too
    if name is None:
        return None
    words = name.split()
    for line in under:
        opening = _OPENING_WORDS.match(line)
        if opening and opening.group(1) in (name, words[0], words[-1]) and ends_sentence(line):
            return name
        if not _HANDLE_LINE.match(line):
            return None
    return None
