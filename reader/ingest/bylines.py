"""Bylines: who wrote an article, in the shapes pages print it.

A byline is marked ("By Ann Lee", "Posted by", "by:", "Von", "Par", "Por", "Author:";
byline_marks.py) or it is a name beside a date or a reading time ("Ann Lee | May 2,
2026", "Greta Lind am 3. März 2024", "Reuters March 2, 2024", "Ann Lee · 5 min read").
Its line may hold more, in pieces: a date, a role, an outlet, a section, a handle, a
count; byline_people.py finds where the names end. Pieces glued together by the copy
("ByAnn Lee", "Ann LeeUpdated May 2") are parted first. A name alone on its line is a
byline by its neighbours (unmarked_bylines.py); author_places.py says where else on the
page the authors stand.
"""

from __future__ import annotations

import re
import unicodedata

from reader.ingest.byline_marks import (
    CREDIT_BY,
    LABEL,
    LABEL_OPENINGS,
    MARKER,
    MARKER_WORD,
    NOT_A_DESK,
    PLAIN_MARKER,
    READ,
    ROLE_BEFORE,
    TOLD,
    is_unsigned,
    marker_after_date,
    past_role,
)
from reader.ingest.byline_people import PIECES, byline_tail, leading_names, names_beside_date
from reader.ingest.date_patterns import MONTH_WORD, ORDINAL, WEEKDAY_WORD
from reader.ingest.dates import date_start, has_date
from reader.ingest.names import ROLE, person_name
from reader.ingest.published_parts import DATING_WORDS
from reader.ingest.text_shape import word_count
from reader.lexicon import NAME_PARTICLES

# What the copy may glue to a name ("Ada MossHealth Reporter", "Lena OrtwinMar 4, 2024",
# "Ann LeeUpdated", "Ann Lee2 hours ago", "Ann Lee4 March 2024"): a role's or an outlet's
# words, a date's month or weekday, a dating word, a reading time, a year
_GLUED = re.compile(
    rf"(?:[A-Z][\w&'’-]*\s+){{0,3}}?(?i:{ROLE.pattern})"
    rf"|(?=[A-Z])(?:{MONTH_WORD})\s*\d|(?=[A-Z]){WEEKDAY_WORD},|(?=[A-Z])(?i:{DATING_WORDS})\b"
    r"|\d+\s*(?:min|hour|day|week|month)s?\b|(?:19|20)\d\d\b"
    rf"|\d{{1,2}}{ORDINAL}?\.?\s+{MONTH_WORD}"
)
_NAME_START = re.compile(r"[A-Z][a-z]*$")  # the glued word's start: "Mc" of "McDonald"
_PREFIXES = frozenset(["mc", "mac", "fitz", "o", *NAME_PARTICLES])  # glued in a name
# "…; Editing by", "Story by Ann Lee. Photos by Bo Park.", "A skipper, as told to Ann Lee"
_CREDITS = re.compile(
    rf"\s*;\s*|(?:,|(?<=[a-z])\.)\s*(?=(?:and\s+)?(?:[^\W\d_]+\s+by|(?i:{TOLD}))\s)"
)
_GLUE_HINT = re.compile(r"[a-z][A-Z\d]")  # where the copy may have glued two pieces
LONGEST = 200  # characters a byline's line holds at most


def byline_names(text: str) -> list[str] | None:
    """The author names of a byline ("By A and B"), or None when it is not one."""
    text = unglued(text.strip())
    if not text or len(text) > LONGEST or word_count(text) > 30:
        return None
    lower = text.lower()
    if lower.startswith(("by ", "from ")) and is_unsigned(text):
        return None  # "By Staff Reporter": a byline, but no one's name
    labelled = ":" in text and lower.startswith(LABEL_OPENINGS)  # "Text: Ann Lee"
    marked = labelled or MARKER_WORD.search(lower) is not None
    role = _role_before(text)  # "Political correspondent Ann Lee": no marker opens it
    if role and (names := _names_after_role(PIECES.split(text[role.end() :])[0])):
        return names
    if not marked and not has_date(text) and not ("read" in lower and READ.search(text)):
        return None  # the cheap tests first: most lines hold neither a marker nor a date
    if marked and _CREDITS.search(text) and (credited := _credited(text)):
        return credited
    pieces = [*PIECES.split(text), text]
    for piece in pieces if marked else ():
        marker = MARKER.match(piece) or LABEL.match(piece) or marker_after_date(piece)
        if marker is None:
            continue
        # "By Lars", "Words by Lars": a writing credit signs with one word; "Killed by X" not
        lone = PLAIN_MARKER.match(marker.group()) is not None or CREDIT_BY.match(piece) is not None
        if names := leading_names(past_role(piece[marker.end() :]), marked=True, lone=lone):
            return names
    read = READ.search(text) is not None  # "Zora Quell · 6 min read": any first name
    if read or has_date(text):
        return names_beside_date(text, pieces, any_first=read)
    return None


def _role_before(text: str) -> re.Match[str] | None:
    """The writer's role that opens the line, not after a person's name ("Ann Lee Harbour
    Editor Bo Park" is two people, the first's role between)."""
    role = ROLE_BEFORE.match(text)
    words = text[: role.end()].split() if role else []
    if any(NOT_A_DESK.search(word.strip("\"'“”‘(")) for word in words[:-1]):
        return None  # "Former editor Marla Quint", "Children's author …": the person's role
    return role if len(words) < 3 or person_name(" ".join(words[:2])) is None else None


def by_role_alone(text: str) -> bool:
    """ "Chief reporter Ann Lee": a byline by its opening role alone, no marker, no date."""
    return _role_before(text) is not None and not has_date(text)


def _names_after_role(piece: str) -> list[str] | None:
    """The names after a role that opens the line, when nothing but a byline's pieces (a
    date, a place, an outlet, a handle) follows them: "Travel writer Ann Lee said …" or
    "… with her dog" is a sentence or a caption about the person."""
    names = leading_names(piece, True, lone=False)
    end = piece.rfind(names[-1]) if names else -1
    tail = piece[end + len(names[-1]) :] if names and end >= 0 else ""
    at = date_start(tail)
    dated = at is not None and not tail[:at].strip(" ,;:|·–—-")
    return names if dated or byline_tail(tail) else None


def unglued(text: str) -> str:
    """The byline's pieces the copy glued together ("Ann LeeMarch 4", "Ann LeeHealth
    Reporter"), and those an icon parts ("Ann Lee ✉ @annlee"), parted by a bullet."""
    if len(text) > LONGEST:
        return text  # no byline's line
    if not text.isascii():
        text = "".join(" · " if unicodedata.category(c) == "So" else c for c in text)
    cuts = [m.start() + 1 for m in _GLUE_HINT.finditer(text) if _glued(text, m.start() + 1)]
    if not cuts:
        return text
    # each glued piece was an element of its own: parted as a byline's pieces are
    return " · ".join(text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True))


def _glued(text: str, at: int) -> bool:
    """The copy glued a byline's piece to the name at ``at`` ("Ann LeeHealth Reporter"),
    not a name's own capital ("McDonald", "DeShawn")."""
    start = _NAME_START.search(text, 0, at)
    if start is not None and start.group().lower() in _PREFIXES:
        return False
    return _GLUED.match(text[at:]) is not None


def _credited(text: str) -> list[str] | None:
    """ "(Reporting by Ann Lee and Bo Park; Editing by Cy Ode)": the people of each credit
    a MARKER opens (an editor's, a photographer's is none), in their order."""
    names: list[str] = []
    for part in _CREDITS.split(text.strip("() .")):
        marker = MARKER.match(part)
        found = leading_names(part[marker.end() :], marked=True, lone=False) if marker else None
        names += [name for name in found or () if name not in names]
    return names or None


def is_byline(text: str) -> bool:
    return byline_names(text) is not None


def publication_beside_read(text: str, names: list[str]) -> bool:
    """A reading time's line ("Harbour Notes · 4 min read · Mar 3") whose one "name" has
    no known first name: under a byline that named the writer, it is where the piece
    was published, not a second writer."""
    return (
        READ.search(text) is not None
        and len(names) == 1
        and person_name(names[0], known_first=True) is None
        and MARKER.match(text) is None
    )
