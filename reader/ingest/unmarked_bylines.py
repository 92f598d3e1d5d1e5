"""Names alone on a line, or after the date that opens it, that no marker calls a
byline: the lines around them make it one (under "By" alone, over the date, the
author's role or handle).
"""

from __future__ import annotations

import re

from reader.ingest.byline_marks import READ, is_marker
from reader.ingest.byline_neighbours import dated_line
from reader.ingest.byline_people import (
    AGENCIES,
    END,
    PIECES,
    PLACE_AFTER,
    leading_names,
    names_beside_date,
)
from reader.ingest.bylines import byline_names, is_byline, unglued
from reader.ingest.captions import is_credit_line
from reader.ingest.chrome import is_chrome
from reader.ingest.dates import date_end, date_start, has_date
from reader.ingest.line_kinds import is_meta
from reader.ingest.name_lists import JOINERS, names_in
from reader.ingest.name_outlets import known_name_before, without_outlet
from reader.ingest.names import ROLE, ends_sentence_not_name, person_name
from reader.ingest.no_names import people
from reader.ingest.text_shape import word_count

_COMPANION = re.compile(rf"^(?:follow\b|{READ.pattern})", re.IGNORECASE)  # under a name
_HANDLE_AFTER = re.compile(r"(?:\s|(?<=[a-z]))@\w+(?:\s*[/|·]|$)")
_ROLE_LINE = re.compile(rf"^@\w|^(?=.{{0,60}}$)(?:[\w.-]+\s+){{0,4}}{ROLE.pattern}", re.IGNORECASE)
_JOIN_END = re.compile(rf"\s(?:{JOINERS})\s*$")  # a byline goes on under ("ET": a zone)
_JOIN_START = re.compile(rf"^\s*(?:{JOINERS})\s+")  # it goes on from above
LONE_WORDS = 8  # a name alone, with its role or outlet: "Ann Lee, Senior Editor, CNN"


def _one_case(name: str) -> bool:
    """A name in capitals or in capitalised words, not both ("Standings RALLYX" is a
    label); a line printed twice running is a label too (the caller asks)."""
    return name.isupper() or not any(len(w) > 2 and w.isupper() for w in name.split())


def after_date_names(text: str) -> list[str] | None:
    """The names right after the date that opens the line ("May 2, 2026 Ann Lee"), or
    the name of a known first name there before the post's categories ("21/06/2014 Ann
    Lee All, Books, News")."""
    end = date_end(text) if date_start(text) == 0 else 0
    if not end:
        return None
    rest = END.sub("", PIECES.split(text[end:].strip(" |·•,-–—"))[0])
    if names := names_in(rest):
        return names
    return [name] if (name := known_name_before(rest)) else None


def lone_name(text: str) -> list[str] | None:
    """Names alone on a line that no marker calls a byline ("Leah C. Stone"): each
    must open with a known first name or an initial, unless an outlet follows them."""
    text = END.sub("", text.strip())
    first = text.split(",")[0].strip()
    if first.lower() in AGENCIES:
        return [first]  # "Reuters, Washington"
    plain = without_outlet(text)  # "Zora Quell, Harbour Daily": any first name
    return leading_names(plain, marked=False, known_first=plain == text)


def _name_words(text: str) -> int:
    """The words of a line of names, without its date ("May 2, 2026 9:40 pm — Ann Lee",
    "Ann Lee | May 2, 2026") and its outlet."""
    at = date_start(text)
    names = text[date_end(text) :] if at == 0 else text[:at]
    return word_count(without_outlet(names))


def _listed(text: str) -> bool:
    """The whole line is a list of two or more people ("Ann Lee, Bo de la Cruz & Cy
    Ode Jr."): each name is held to a name's words, the line to no count of them."""
    return len(names_in(without_outlet(END.sub("", text))) or ()) > 1


def _name_pair(above: str, text: str, under: str) -> list[str] | None:
    """A line of names alone right over or under another (not the same line twice): two
    authors, a line each ("Ann Lee" over "Bo Park, Staff Writer"), when known first names
    open both, a role follows one, or a date line stands on this line's other side ("Email
    Me" over a photographer's name over a caption is none)."""
    names = _any_names(text)
    if not names or not _one_case(names[0]):
        return None
    for other, beyond in ((above, under), (under, above)):
        pair = _any_names(other) if other.strip() != text.strip() else None
        said = dated_line(beyond) or ROLE.search(text) or ROLE.search(other)
        if pair and (said or all(_known(n) for n in names + pair)):
            return names
    return None


def _any_names(text: str) -> list[str] | None:
    plain = without_outlet(END.sub("", text.strip()))
    if ends_sentence_not_name(text) or _name_words(text) > LONE_WORDS:
        return None
    return names_in(plain) or leading_names(plain, marked=False)


def _known(name: str) -> bool:
    return person_name(name, known_first=True) is not None


def _broken_byline(above: str, text: str, under: str) -> list[str] | None:
    """A byline the copy broke at its "and": the names of this line's part of it ("Ann
    Lee and" over "Bo Park" is both; "and Bo Park, Data Editor" under "By Ann Lee,
    Health Reporter" is Bo Park)."""
    if _JOIN_END.search(text) and word_count(text) <= LONE_WORDS:
        whole = f"{text.strip()} {under.strip()}"
        return byline_names(whole) or byline_names(f"By {whole}")
    if (joined := _JOIN_START.match(text)) and is_byline(above):
        return byline_names(f"By {text[joined.end() :]}")
    return None


def byline_goes_on(above: str, text: str) -> bool:
    """The line goes on the byline above it from its "and" ("and Bo Park, Data Editor")."""
    return _JOIN_START.match(text) is not None and _broken_byline(above, text, "") is not None


def _role_line(text: str) -> bool:
    """Is the line short and a role's ("Coast editor", "staff writer", "@ann"), no date?"""
    return _ROLE_LINE.match(text) is not None and not has_date(text)


def byline_role(above: str, text: str, before: str = "") -> bool:
    """Is the line the role of a byline right above it ("Coast editor" under "Ann Lee",
    "By Ann Lee"): a line of the byline, no headline? ``before``: the line over the name."""
    if not (above and _role_line(text)):
        return False
    return byline_names(above) is not None or unmarked_byline(before, above, text) is not None


def role_by_name(text: str, under: str, below: str) -> bool:
    """Is the line a writer's role printed over their byline ("staff writer" over "By Ann
    Lee", or over "Ann Lee" over the date; ``below``: the line under ``under``)?"""
    if not _role_line(text):
        return False
    return byline_names(under) is not None or (
        unmarked_byline(text, under, below, header=True) is not None
    )


def placed_byline(above: str, text: str, under: str) -> bool:
    """Is the line a byline of the header: names of any first name with the place they
    report from after them ("Tobiah Kersh at Harbour Park", "… in Kelpwick"), over the
    date?"""
    if is_chrome(above) or not is_meta(under) or PLACE_AFTER.search(text) is None:
        return False
    return unmarked_byline(above, text, under, header=True) is not None


def unmarked_byline(
    above: str, text: str, under: str, header: bool = False, pairs: bool = True
) -> list[str] | None:
    """Names alone on a line that the lines around it make a byline: under "By" or
    "Author:" alone; over the date or a byline (a known first name, or two names; in the
    ``header`` between headline and body, any name over a date line, an outlet after it,
    or a name after the date that opens the line); over the author's role ("Political
    Editor") or handle; with the handle on the line ("Ann Lee @annlee"); in the header, a
    name over or under another (``pairs``: _name_pair)."""
    text = unglued(text)
    if is_marker(above):  # the line reads as the byline "By" opens: "Ann Lee - Staff Writer"
        return byline_names(f"By {text.strip()}") or leading_names(END.sub("", text), marked=True)
    if _ROLE_LINE.match(text) and byline_names(above):
        return None  # "By Ann Lee" over "Local Democracy Reporter": her role, no one new
    if names := _broken_byline(above, text, under):
        return names  # "Ann Lee and" over "Bo Park": one byline on two lines
    if ends_sentence_not_name(text) or (_name_words(text) > LONE_WORDS and not _listed(text)):
        return None  # a sentence that opens with a name
    if (has_date(under) or is_byline(under)) and (names := people(lone_name(text))):
        return names
    names = None
    # "Ann Lee, Harbour Daily": in the header, an outlet may follow; a photo's credit under
    # the names ("Photo: Cy Ode") stands where the date would
    if dated_line(under) or is_credit_line(under):
        plain = without_outlet(END.sub("", text))
        names = people(names_in(plain) or (leading_names(plain, marked=False) if header else None))
    if names and (len(names) > 1 or (header and above != text and _one_case(names[0]))):
        return names  # "Ilham Darwish, Dunya Salem Kassem" over "March 4 2026, 3:18 p.m."
    if header and pairs and (names := _name_pair(above, text, under)):
        return names  # "Ann Lee" over "Bo Park": two authors, a line each
    if header and (names := after_date_names(text)):
        return names  # "May 2, 2026 Ann Lee"
    if header and has_date(text) and (names := names_beside_date(text, PIECES.split(text), True)):
        return names  # "Zxq Wrtl | May 2, 2026": one name of any first name
    if _ROLE_LINE.match(under) or _HANDLE_AFTER.search(text) or _COMPANION.match(under):
        # "Bruno Y. Lake" over "Senior Contributor"
        return leading_names(END.sub("", text), marked=False)
    return None
