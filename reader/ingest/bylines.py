"""Bylines: who wrote an article, in the shapes pages print it.

A byline is marked ("By Ann Lee", "Posted by", "by:", "Von", "Par", "Por", "Author:")
or it is a name beside a date or a reading time ("Ann Lee | May 2, 2026", "Greta Lind
am 3. März 2024", "Reuters March 2, 2024", "Ann Lee · 5 min read"). Its line
may hold more, in pieces apart by "|", "·", "/" or a spaced dash: a date, a role ("Staff
Writer", "Chrome team"), an outlet ("for The Daily"), a section, a handle, a count. The
names end where the date, the handle, the role or the outlet begins; pieces glued
together by the copy ("ByAnn Lee", "Ann LeeUpdated May 2") are parted first. A name
alone on its line is a byline by its neighbours (``unmarked_byline``);
author_places.py says where else on the page the authors stand.
"""

from __future__ import annotations

import re

from reader.ingest.dates import date_end, date_start, has_date, is_date_line
from reader.ingest.names import (
    CREDENTIALS,
    ROLE,
    TRAILING_ROLE,
    before_outlet,
    ends_sentence_not_name,
    names_in,
    organisation,
    person_name,
    without_outlet,
)
from reader.ingest.text_shape import word_count

_MARKER = re.compile(  # "By", "Posted by", "Analysis by", "Von"; a photo's credit is none
    r"^[\W_]*(?:(?!(?:photos?|images?|pictures?|illustrations?|videos?|graphics?|maps?"
    r"|cartoons?|artwork|design)\b)[^\W\d_]+(?:\s+and\s+[^\W\d_]+)?\s+by"
    r"|by|von|par|por|door)\s*[:.–—-]?\s+(?=\S)"
    r"|^[\W_]*(?-i:By)(?=[A-ZÀ-Þ])",  # glued to the name: "ByAnn Lee"
    re.IGNORECASE,
)
_PLAIN_MARKER = re.compile(
    r"^[\W_]*(?:(?:posted|written)\s+by|by|von|par|por|door)\b|^\s|^(?:authors?|autor)",
    re.IGNORECASE,
)
_INNER_MARKER = re.compile(r"\s(?:by|von|par|por)\s*:?\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)
_LABEL = re.compile(
    r"^(?:authors?|autor(?:in)?|auteur|autore|about the author)\s*(?:[:|–—-]\s*|$)",
    re.IGNORECASE,
)
_PIECES = re.compile(r"\s+[|/]\s+|\s*[|·•]\s*|\s+[-–—]+\s+")
_GLUED = re.compile(  # "Ada MossStaff Writer", "Lena OrtwinMarch 4, 2024"
    r"(?<=[a-z])(?=(?:Staff|Senior|Chief|Contributing|Special|Associated|Political|National"
    r"|Correspondent|Reporter|Writer|Editor|Columnist|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|Updated|Published|Posted)\b)"
    r"|(?<=[a-z])(?=\d+\s*(?:min|hour|day|week|month)s?\b|(?:19|20)\d\d\b)"  # "Ann Lee2 hours ago"
)
_GLUE_HINT = re.compile(r"[a-z][A-Z\d]")  # where _GLUED may put a space: found faster
# A word each of _MARKER, _LABEL and _INNER_MARKER needs (case folded)
_MARKER_WORD = re.compile(r"by|von|par|por|door|aut")
_OUTLET = re.compile(  # "… for The Daily", "… in Paris": an outlet or a place after the names
    r"\s+(?i:for|special to)\s+\S.*$|\s+in\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,2}$"
)
_END = re.compile(  # a handle, "Follow", a bracketed outlet ("(Reuters)"), a last preposition
    r"\s*@\S.*$|\s+Follow\b.*$|\s*\([^()]{1,40}\)\s*$|\s+(?:on|at|am|um|le|el|em|the)\s*$"
    r"|[\s,;:]+$"
)
_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|AND|&|und|et|y)\s+")
_DIGIT = re.compile(r"\d")
_AND = re.compile(r"\s(?:and|AND|&|und|et|y)\s")
_HANDLE = re.compile(r"^[\w.-]{2,30}$")
_STAFF = re.compile(r"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2} (?:Staff|Desk|Team|Newsroom)$")
_AGENCIES = frozenset(
    {"reuters", "ap", "afp", "the associated press", "associated press", "bloomberg", "upi",
     "pti", "dpa", "ians", "efe", "ansa", "xinhua", "tass"}
)  # fmt: skip
_SIGNATURE = re.compile(
    r"^[\W_]*(?:(?:posted|written|published)\s+by\b|authors?\s*:|about the author)", re.IGNORECASE
)
_READ = re.compile(r"\b\d+\s*min(?:ute)?s?\.?\s+read\b", re.IGNORECASE)  # "5 min read"
_COMPANION = re.compile(rf"^(?:follow\b|{_READ.pattern})", re.IGNORECASE)  # under a name
_HANDLE_AFTER = re.compile(r"(?:\s|(?<=[a-z]))@\w+(?:\s*[/|·]|$)")
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
    marked = _MARKER_WORD.search(lower) is not None
    if not marked and not has_date(text) and not ("read" in lower and _READ.search(text)):
        return None  # the cheap tests first: most lines hold neither a marker nor a date
    pieces = [*_PIECES.split(text), text]
    for piece in pieces if marked else ():
        marker = _MARKER.match(piece) or _LABEL.match(piece) or _marker_after_date(piece)
        if marker is None:
            continue
        lone = _PLAIN_MARKER.match(marker.group()) is not None  # "By Lars", not "Killed by X"
        if names := _names(piece[marker.end() :], marked=True, lone=lone):
            return names
    read = _READ.search(text) is not None  # "Zora Quell · 6 min read": any first name
    if read or has_date(text):
        return _beside_date(text, pieces, any_first=read)
    return None


def _marker_after_date(piece: str) -> re.Match[str] | None:
    """ "27. Januar 2014 by Berta Roos", "Published May 2, 2026 by Ann Lee": the marker
    after the date line that opens the piece."""
    inner = _INNER_MARKER.search(piece)
    if inner and is_date_line(piece[: inner.start()]):
        return inner
    return None


def _one_case(name: str) -> bool:
    """A name in capitals or in capitalised words, not both ("Standings RALLYX" is a
    label); a line printed twice running is a label too (the caller asks)."""
    return name.isupper() or not any(len(w) > 2 and w.isupper() for w in name.split())


def after_date_names(text: str) -> list[str] | None:
    """The names right after the date that opens the line ("May 2, 2026 Ann Lee")."""
    end = date_end(text) if date_start(text) == 0 else 0
    if not end:
        return None
    return names_in(_END.sub("", _PIECES.split(text[end:].strip(" |·•,-–—"))[0]))


def is_author_label(text: str) -> bool:
    """ "About the author", "Author:" alone on a line, over the name."""
    return _LABEL.fullmatch(text.strip()) is not None


def is_byline(text: str) -> bool:
    return byline_names(text) is not None


def _names(
    text: str, marked: bool, known_first: bool = False, lone: bool = True
) -> list[str] | None:
    """The names at the start of a byline's text: up to a date, a handle or a role."""
    at = date_start(text)
    text = _END.sub("", text[:at] if at is not None else text)
    text = _END.sub("", TRAILING_ROLE.sub("", _OUTLET.sub("", text)))
    names: list[str] = []
    listed = _AND.search(text) is not None  # "A, B and C": every part is a person
    for part in _LIST.split(text):
        if part.lower().replace(" ", "") in CREDENTIALS:
            continue
        # "Ann Lee, Harbour Daily": a known first name after a name; "Ann Lee, Bo Park
        # and Zora Quell": a list's people past its first, any first name
        known = not listed if names else known_first
        name = person_name(part, known, initial_last=marked)
        if name is None:
            if outlet_after := before_outlet(part, known):
                names.append(outlet_after)  # "Bo Park Harbour Daily": an outlet follows
            break  # "…, Staff Reporter", "…, CNN": the rest is a role or an outlet
        names.append(name)
    if marked and (one := organisation(text, names)):
        return [one]  # "By HARBOUR PORTS AND WATERWAYS AUTHORITY"
    if names or not marked:
        return names or None
    if text.strip().lower() in _AGENCIES:
        return [text.strip()]  # "By The Associated Press"
    if not lone:
        return None
    word = text.strip()  # "By Lars", "by wren": one word, a first name or a handle
    if _HANDLE.match(word) and not ROLE.search(word):
        return [word]
    if _STAFF.match(word):  # "By Harbour Staff": a newsroom signs
        return [word]
    return None


def _beside_date(text: str, pieces: list[str], any_first: bool = False) -> list[str] | None:
    """Names before the line's date, or in a piece of their own beside a dated piece
    (``_people``)."""
    at = date_start(text)
    if at and _DIGIT.search(text, at):  # a date with a number: "USA TODAY" is no date
        before = _END.sub("", TRAILING_ROLE.sub("", _END.sub("", _PIECES.split(text[:at])[0])))
        if before.lower() in _AGENCIES:
            return [before]
        if names := _people(before, any_first):
            return names
    for piece in pieces:
        if not has_date(piece) and (names := _people(_END.sub("", piece), any_first)):
            return names
    return None


def _people(text: str, any_first: bool = False) -> list[str] | None:
    """Names no marker calls names, perhaps with their outlet ("Ann Lee, Harbour Daily"):
    two or more, or one of a known first name ("North Quay, 9:40 pm" is a place and a
    time) unless ``any_first``."""
    names = names_in(text) or _names(text, marked=False)
    if names and len(names) == 1 and not any_first and not person_name(names[0], True):
        return None
    return names


def lone_name(text: str) -> list[str] | None:
    """Names alone on a line that no marker calls a byline ("Leah C. Stone"): each
    must open with a known first name or an initial, unless an outlet follows them."""
    text = _END.sub("", text.strip())
    first = text.split(",")[0].strip()
    if first.lower() in _AGENCIES:
        return [first]  # "Reuters, Washington"
    plain = without_outlet(text)  # "Zora Quell, Harbour Daily": any first name
    return _names(plain, marked=False, known_first=plain == text)


def is_signature(text: str) -> bool:
    return _SIGNATURE.match(text) is not None


def is_marker(text: str) -> bool:
    """ "By", "Author:" or "About the author" alone on its line, over the names."""
    text = text.strip()
    plain = _PLAIN_MARKER.match(text) is not None and _MARKER.match(text + " x") is not None
    return (word_count(text) <= 2 and plain) or _LABEL.fullmatch(text) is not None


def _name_words(text: str) -> int:
    """The words of a line of names, without its date ("May 2, 2026 9:40 pm — Ann Lee",
    "Ann Lee | May 2, 2026") and its outlet."""
    at = date_start(text)
    names = text[date_end(text) :] if at == 0 else text[:at]
    return word_count(without_outlet(names))


def unmarked_byline(above: str, text: str, under: str, header: bool = False) -> list[str] | None:
    """Names alone on a line that the lines around it make a byline: under "By" or
    "Author:" alone; over the date or a byline (a known first name, or two names; in the
    ``header`` between headline and body, any name over a date line, an outlet after it,
    or a name after the date that opens the line); over the author's role ("Political
    Editor") or handle; with the handle on the line ("Ann Lee @annlee")."""
    if is_marker(above):
        return _names(_END.sub("", text), marked=True)
    if ends_sentence_not_name(text) or _name_words(text) > LONE_WORDS:
        return None  # a sentence that opens with a name
    if (has_date(under) or is_byline(under)) and (names := lone_name(text)):
        return names
    names = None
    if is_date_line(under):  # "Ann Lee, Harbour Daily": in the header, an outlet may follow
        plain = without_outlet(_END.sub("", text))
        names = names_in(plain) or (_names(plain, marked=False) if header else None)
    if names and (len(names) > 1 or (header and above != text and _one_case(names[0]))):
        return names  # "Ilham Darwish, Dunya Salem Kassem" over "March 4 2026, 3:18 p.m."
    if header and (names := after_date_names(text)):
        return names  # "May 2, 2026 Ann Lee"
    if header and has_date(text) and (names := _beside_date(text, _PIECES.split(text), True)):
        return names  # "Zxq Wrtl | May 2, 2026": one name of any first name
    if _ROLE_LINE.match(under) or _HANDLE_AFTER.search(text) or _COMPANION.match(under):
        return _names(_END.sub("", text), marked=False)  # "Bruno Y. Lake" over "Senior Contributor"
    return None
