"""Bylines: who wrote an article, in the shapes pages print it.

A byline is marked ("By Ann Lee", "Posted by", "by:", "Von", "Par", "Por", "Author:")
or it is a name beside a date ("Ann Lee | May 2, 2026", "Frank Hahn am 18. September
2019", "Reuters November 18, 2019"). Its line may hold more, in pieces apart by "|",
"·", "/" or a spaced dash: a date, a role ("Staff Writer", "Chrome team"), a section,
a handle, a count. The names end where the date, the handle or the role begins.
"""

from __future__ import annotations

import re

from reader.ingest.dates import date_start, has_date, is_date_line
from reader.ingest.names import (
    CREDENTIALS,
    ROLE,
    TRAILING_ROLE,
    names_in,
    person_name,
    without_outlet,
)
from reader.ingest.text_shape import ends_sentence, word_count
from reader.model import Block

_MARKER = re.compile(  # "By", "Posted by", "Analysis by", "Von"; a photo's credit is none
    r"^[\W_]*(?:(?!(?:photos?|images?|pictures?|illustrations?|videos?|graphics?|maps?"
    r"|cartoons?|artwork|design)\b)[^\W\d_]+(?:\s+and\s+[^\W\d_]+)?\s+by"
    r"|by|von|par|por|door)\s*[:.]?\s+(?=\S)",
    re.IGNORECASE,
)
_PLAIN_MARKER = re.compile(
    r"^[\W_]*(?:(?:posted|written)\s+by|by|von|par|por|door)\b|^\s|^(?:authors?|autor)",
    re.IGNORECASE,
)
_INNER_MARKER = re.compile(r"\s(?:by|von|par|por)\s*:?\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)
_LABEL = re.compile(
    r"^(?:authors?|autor(?:in)?|auteur|autore|about the author)\s*[:|–—-]\s*", re.IGNORECASE
)
_PIECES = re.compile(r"\s+[|/]\s+|\s*[|·•]\s*|\s+[-–—]+\s+")
_GLUED = re.compile(  # "Evan SmithStaff Writer", "Shana DambrotNovember 6, 2023"
    r"(?<=[a-z])(?=(?:Staff|Senior|Chief|Contributing|Special|Associated|Political|National"
    r"|Correspondent|Reporter|Writer|Editor|Columnist|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b)"
)
_GLUE_HINT = re.compile(r"[a-z][A-Z]")  # where _GLUED may put a space: found faster
# A word each of _MARKER, _LABEL and _INNER_MARKER needs (case folded)
_MARKER_WORDS = ("by", "von", "par", "por", "door", "aut")
_END = re.compile(r"\s*@\S.*$|\s+Follow\b.*$|\s+(?:on|at|am|um|le|el|em|the)\s*$|[\s,;:]+$")
_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|AND|&|und|et|y)\s+")
_DIGIT = re.compile(r"\d")
_AND = re.compile(r"\s(?:and|AND|&|und|et|y)\s")
_HANDLE = re.compile(r"^[\w.-]{2,30}$")
_STAFF = re.compile(r"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2} (?:Staff|Desk|Team|Newsroom)$")
_AGENCIES = frozenset(
    {"reuters", "ap", "afp", "the associated press", "associated press", "bloomberg", "upi",
     "pti", "dpa", "ians", "efe", "ansa", "xinhua", "tass"}
)  # fmt: skip
_BIO = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w.'’-]*(?: [\w.'’-]+){1,4}) (?:is|was) (?:a|an|the)\b.{0,80}"
    r"\b(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|author"
    r"|producer|critic|blogger|professor|fellow|researcher)s?\b",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(
    r"^[\W_]*(?:(?:posted|written|published)\s+by\b|authors?\s*:|about the author)", re.IGNORECASE
)
BIO_INSIDE = 2  # the body's last blocks, where the author's bio may stand
BIO_REACH = 15  # blocks under the body, where it may stand too
SIGNATURE_REACH = 400  # blocks from the body's start where a post's signature may stand
_HANDLE_AFTER = re.compile(r"\s@\w+(?:\s*[/|·]|$)")
_ROLE_LINE = re.compile(rf"^@\w|^(?=.{{0,60}}$)(?:[\w.-]+\s+){{0,4}}{ROLE.pattern}", re.IGNORECASE)
LONGEST = 200  # characters a byline's line holds at most
LONE_WORDS = 8  # a name alone, with its role or outlet: "Ann Lee, Senior Editor, CNN"


def byline_names(text: str) -> list[str] | None:
    """The author names of a byline ("By A and B"), or None when it is not one."""
    text = text.strip()
    if _GLUE_HINT.search(text) is not None:
        text = _GLUED.sub(" ", text)
    if not text or len(text) > LONGEST or word_count(text) > 30:
        return None
    lower = text.lower()
    marked = any(word in lower for word in _MARKER_WORDS)
    if not marked and not has_date(text):
        return None  # the cheap tests first: most lines hold neither a marker nor a date
    pieces = [*_PIECES.split(text), text]
    for piece in pieces if marked else ():
        marker = _MARKER.match(piece) or _LABEL.match(piece) or _after_date(piece)
        if marker is None:
            continue
        lone = _PLAIN_MARKER.match(marker.group()) is not None  # "By Lars", not "Killed by X"
        if names := _names(piece[marker.end() :], marked=True, lone=lone):
            return names
    if has_date(text):
        return _beside_date(text, pieces)
    return None


def _after_date(piece: str) -> re.Match[str] | None:
    """ "27. Januar 2014 by Barbara Russ": the marker after a date that opens the piece."""
    inner = _INNER_MARKER.search(piece)
    if inner and date_start(piece) == 0 and is_date_line(piece[: inner.start()]):
        return inner
    return None


def is_byline(text: str) -> bool:
    return byline_names(text) is not None


def _names(
    text: str, marked: bool, known_first: bool = False, lone: bool = True
) -> list[str] | None:
    """The names at the start of a byline's text: up to a date, a handle or a role."""
    at = date_start(text)
    text = _END.sub("", text[:at] if at is not None else text)
    text = _END.sub("", TRAILING_ROLE.sub("", text))
    names: list[str] = []
    listed = _AND.search(text) is not None  # "A, B and C": every part is a person
    for part in _LIST.split(text):
        if part.lower().replace(" ", "") in CREDENTIALS:
            continue
        known = known_first or (bool(names) and not listed)  # "Ann Lee, Harbour Daily"
        name = person_name(part, known, initial_last=marked)
        if name is None:
            break  # "…, Staff Reporter", "…, CNN": the rest is a role or an outlet
        names.append(name)
    if names or not marked or not lone:
        return names or None
    word = text.strip()  # "By Lars", "by wren": one word, a first name or a handle
    if _HANDLE.match(word) and not ROLE.search(word):
        return [word]
    if _STAFF.match(word):  # "By HNN Staff": a newsroom signs
        return [word]
    return None


def _beside_date(text: str, pieces: list[str]) -> list[str] | None:
    """Names before the line's date, or in a piece of their own beside a dated piece
    (``_people``)."""
    at = date_start(text)
    if at and _DIGIT.search(text, at):  # a date with a number: "USA TODAY" is no date
        before = _END.sub("", _PIECES.split(text[:at])[0])
        if before.lower() in _AGENCIES:
            return [before]
        if names := _people(before):
            return names
    for piece in pieces[1:]:
        if not has_date(piece) and (names := _people(_END.sub("", piece))):
            return names
    return None


def _people(text: str) -> list[str] | None:
    """Names no marker calls names: two or more, or one of a known first name ("North
    Quay, 9:40 pm" is a place and a time)."""
    names = names_in(text)
    if names and len(names) == 1 and names_in(text, known_first=True) is None:
        return None
    return names


def lone_name(text: str) -> list[str] | None:
    """Names alone on a line that no marker calls a byline ("Leah C. Stokes"): each
    must open with a known first name or an initial."""
    text = _END.sub("", text.strip())
    first = text.split(",")[0].strip()
    if first.lower() in _AGENCIES:
        return [first]  # "Reuters, Washington"
    return _names(without_outlet(text), marked=False, known_first=True)


def signed_at_end(blocks: list[Block], body_end: int) -> list[str]:
    """The names a post signs with, in its body or soon under it ("Posted by T. V.
    Raman at 2:33 PM", "Written by Ann Lee on May 2, 2026", "Author: Ann Lee"); a plain
    "By" there belongs to a teaser. Else the author a bio at the body's end names ("Ann
    Lee is a reporter at …"). ``body_end``: the index of the first block after the body."""
    for block in blocks[:SIGNATURE_REACH]:
        if is_signature(block.text) and (names := byline_names(block.text)):
            return names
    for block in blocks[max(0, body_end - BIO_INSIDE) : body_end + BIO_REACH]:
        bio = _BIO.match(block.text)
        if bio and (name := person_name(bio.group("name"))):
            return [name]  # "Ann Lee is a reporter at the Harbour Daily covering ferries."
    return []


def is_signature(text: str) -> bool:
    return _SIGNATURE.match(text) is not None


def is_marker(text: str) -> bool:
    """ "By" or "Author:" alone on its line, over the names."""
    text = text.strip()
    return word_count(text) <= 2 and (
        (_PLAIN_MARKER.match(text) is not None and _MARKER.match(text + " x") is not None)
        or _LABEL.fullmatch(text) is not None
    )


def unmarked_byline(above: str, text: str, under: str, header: bool = False) -> list[str] | None:
    """Names alone on a line that the lines around it make a byline: under "By" or
    "Author:" alone; over the date or a byline (a known first name, or two names; in the
    ``header`` between headline and body, any name over a date line); over the author's
    role ("Political Editor") or handle; with the handle on the line ("Ann Lee @annlee")."""
    if is_marker(above):
        return _names(_END.sub("", text), marked=True)
    if ends_sentence(text) or word_count(text) > LONE_WORDS:
        return None  # a sentence that opens with a name
    if (has_date(under) or is_byline(under)) and (names := lone_name(text)):
        return names
    names = names_in(without_outlet(_END.sub("", text))) if is_date_line(under) else None
    if names and (len(names) > 1 or header):
        return names  # "Ibtisam Mahdi, Ruwaida Kamal Amer" over "November 8 2023, 3:18 p.m."
    if _ROLE_LINE.match(under) or _HANDLE_AFTER.search(text):
        return _names(_END.sub("", text), marked=False)  # "Bruce Y. Lee" over "Senior Contributor"
    return None
