"""The people in a byline's text: the names end where the date, the handle, the role
("Staff Writer", "Chrome team") or the outlet ("for The Daily") begins; a list ("A, B
and C") is all people; an agency ("Reuters"), a newsroom ("Harbour Staff") or one word
after "By" signs too. A line's pieces stand apart by "|", "·", "/" or a spaced dash.
"""

from __future__ import annotations

import re

from reader.ingest.byline_marks import PLACE, WRITER_ROLES, is_unsigned
from reader.ingest.date_patterns import NO_YEAR
from reader.ingest.dates import date_start, has_date
from reader.ingest.name_lists import JOINERS, TRAILING_ROLE, names_in, organisation
from reader.ingest.name_outlets import before_outlet, past_pair
from reader.ingest.names import CREDENTIALS, ROLE, person_name

PIECES = re.compile(r"\s+[|/]\s+|\s*[|·•]\s*|\s+[-–—]+\s+")
_OUTLET = re.compile(  # "… for The Daily", "… in Paris": an outlet or a place after the names
    rf"\s+(?i:for|special to)\s+\S.*$|\s+in\s+{PLACE}$"
)
END = re.compile(  # a handle, "Follow", a bracketed outlet ("(Reuters)"), a last preposition,
    # a sentence's full stop ("Story by Ann Lee."; "Jr." keeps its own)
    r"\s*@\S.*$|\s+Follow\b.*$|\s*\([^()]{1,40}\)\s*$|\s+(?:on|at|am|um|le|el|em|the)\s*$"
    r"|[\s,;:]+$|(?<=[a-z]{2})\.\s*$"
)
# A byline's names part at commas, semicolons ("Ann Lee; Bo Park") and the joiners, "with"
# too ("By Ann Lee with Bo Park": both write)
_LIST = re.compile(rf"\s*[,;]\s*(?:and\s+)?|\s+(?:{JOINERS}|with)\s+")
# Where a writer reported from, after each name of a list ("By Ann Lee in Lisbon and Bo
# Park in Porto", "Ann Lee at the High Court"): no part of the name
PLACE_AFTER = re.compile(rf"\s+(?:in|at)\s+(?:the\s+)?{PLACE}$")
# A writer's role that a list gives after a name ("Ann Lee, Deputy Editor, and Bo Park,
# Data Reporter"): the list goes on past it
_ROLE_PART = re.compile(rf"(?:[^\W\d_][\w&'’-]*\s+){{0,3}}(?:{WRITER_ROLES})s?", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_AND = re.compile(rf"\s(?:{JOINERS}|with)\s|;")
_WITH = re.compile(r"\s+with\s+")
_HANDLE = re.compile(r"^[\w.-]{2,30}$")
_COMMA_LIST = 3  # names after "By" with commas alone that make a list: "By A, B, C"
_STAFF = re.compile(r"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2} (?:Staff|Desk|Team|Newsroom)$")
AGENCIES = frozenset(
    {"reuters", "ap", "afp", "the associated press", "associated press", "bloomberg", "upi",
     "pti", "dpa", "ians", "efe", "ansa", "xinhua", "tass"}
)  # fmt: skip


def leading_names(
    text: str, marked: bool, known_first: bool = False, lone: bool = True
) -> list[str] | None:
    """The names at the start of a byline's text: up to a date (one with no year too: "on
    3 March"), a handle or a role."""
    at = min(_starts(text), default=None)
    text = END.sub("", text[:at] if at is not None else text)
    text = _past_newsroom(past_pair(END.sub("", TRAILING_ROLE.sub("", _OUTLET.sub("", text)))))
    names: list[str] = []
    parts = [PLACE_AFTER.sub("", part) for part in _LIST.split(text)]
    # "A, B and C", "By A, B, C" (three names or more, no role, no outlet): each a person
    listed = _AND.search(text) is not None or (
        marked and len(parts) >= _COMMA_LIST and all(person_name(p, False, True) for p in parts)
    )
    for part in parts:
        if part.lower().replace(" ", "") in CREDENTIALS:
            continue
        # "Ann Lee, Harbour Daily": a known first name after a name; "Ann Lee, Bo Park
        # and Zora Quell": a list's people past its first, any first name
        known = not listed if names else known_first
        name = person_name(part, known, initial_last=marked)
        if name is None and marked and lone and listed and part[:1].isupper() and signs(part):
            names.append(part.strip())  # "Posted by Lars and Ann Lee", "By AP and Ann Lee"
            continue
        if name is None and names and _ROLE_PART.fullmatch(part):
            continue  # "Ann Lee, Deputy Editor, and Bo Park": the first's role
        if name is None:
            if outlet_after := before_outlet(part, known):
                names.append(outlet_after)  # "Bo Park Harbour Daily": an outlet follows
            break  # "…, Staff Reporter", "…, CNN": the rest is a role or an outlet
        names.append(name)
    if marked and (one := organisation(text, names)):
        return [one]  # "By HARBOUR PORTS AND WATERWAYS AUTHORITY"
    if names or not marked:
        return names or None
    if text.strip().lower() in AGENCIES:
        return [text.strip()]  # "By The Associated Press"
    return [text.strip()] if lone and signs(text) else None


def byline_tail(text: str) -> bool:
    """What may follow a byline's names on its line: nothing, an outlet or a place ("for
    The Daily", "in Lisbon"), a handle, "Follow", a bracketed outlet, a full stop."""
    return not text.strip() or any(p.fullmatch(text) for p in (_OUTLET, END))


def _past_newsroom(text: str) -> str:
    """The names before "with" and a newsroom's or an agency's credit ("By Ann Lee with
    Wire Services", "… with Agencies", "… with Harbour Staff"): the credit names no writer."""
    joined = _WITH.search(text)
    credit = text[joined.end() :].strip() if joined else ""
    named_no_one = is_unsigned(f"By {credit}") or newsroom(credit)
    return text[: joined.start()] if joined and named_no_one else text


def newsroom(text: str) -> bool:
    """A newsroom's or an agency's credit, which names no writer: "Harbour Staff", "AP"."""
    return _STAFF.match(text) is not None or text.lower() in AGENCIES


def signs(text: str) -> bool:
    """What signs a byline with no person's name: one word, a first name or a handle ("By
    Lars", "by wren"), a newsroom ("By Harbour Staff"), an agency ("By AP")."""
    word = text.strip()
    return (_HANDLE.match(word) is not None and not ROLE.search(word)) or newsroom(word)


def _starts(text: str) -> list[int]:
    """Where a date, or a month and day with no year, starts in the text."""
    at, day = date_start(text), NO_YEAR.search(text)
    return [k for k in (at, day.start() if day else None) if k is not None]


def names_beside_date(text: str, pieces: list[str], any_first: bool = False) -> list[str] | None:
    """Names before the line's date, or in a piece of their own beside a dated piece
    (``_people``)."""
    at = date_start(text)
    if at and _DIGIT.search(text, at):  # a date with a number: "USA TODAY" is no date
        before = END.sub("", TRAILING_ROLE.sub("", END.sub("", PIECES.split(text[:at])[0])))
        if before.lower() in AGENCIES:
            return [before]
        if names := _people(before, any_first):
            return names
    for piece in pieces:
        if not has_date(piece) and (names := _people(END.sub("", piece), any_first)):
            return names
    return None


def _people(text: str, any_first: bool = False) -> list[str] | None:
    """Names no marker calls names, perhaps with their outlet ("Ann Lee, Harbour Daily"):
    two or more, or one of a known first name ("North Quay, 9:40 pm" is a place and a
    time) unless ``any_first``."""
    names = names_in(text) or leading_names(text, marked=False)
    if names and len(names) == 1 and not any_first and not person_name(names[0], True):
        return None
    return names
