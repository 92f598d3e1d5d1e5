"""Lists of people's names ("Ann Lee, Bo Park and Cy Ode") as bylines print them, with
credentials after them ("PhD") and roles ("Staff Writer"); two "names" joined by "and"
that are one organisation's; names alone on a line with no marker ("Ann Lee and Bo
Park, AP").
"""

from __future__ import annotations

import re

from reader.ingest.name_outlets import without_outlet
from reader.ingest.names import CREDENTIALS, ROLE, cased, known_first_name, person_name
from reader.ingest.text_shape import ends_sentence
from reader.lexicon import NAME_PARTICLES, ORG_WORDS, PLACE_NOUNS

# The words that join two names in a byline, in the languages bylines come in; a list of
# names alone (names_in) takes the Italian and Portuguese "e" too
JOINERS = "and|AND|&|und|et|y"
_LIST = re.compile(rf"\s*,\s*(?:and\s+)?|\s+(?:{JOINERS}|e)\s+")


_NO_PERSON = ORG_WORDS | PLACE_NOUNS  # "Authority", "Harbor": a word of no person's name


def organisation(text: str, names: list[str]) -> str | None:
    """Two "names" joined by "and" that are one organisation's name ("HARBOUR PORTS AND
    WATERWAYS AUTHORITY"): neither opens with a known first name, and an organisation's
    word ends the text, or, in capitals, an organisation's or a place's word stands in
    it; capitals alone say nothing (a byline in capitals is as often two people's)."""
    if len(names) != 2 or any(known_first_name(name.split()[0]) for name in names):
        return None
    text = text.strip()
    if "," in text and not _LIST.search(text.rsplit(",", 1)[1]):
        return None  # "A and B, Paris Bureau": the body's word is the desk after the names
    words = text.lower().split()  # two names: never empty
    if words[-1] not in ORG_WORDS and not (text.isupper() and _NO_PERSON.intersection(words)):
        return None  # "BY ANA LUZ AND TEO LUND": names in capitals are people's too
    return re.sub(r"\bAnd\b", "and", cased(text))


def names_in(text: str, known_first: bool = False) -> list[str] | None:
    """The people a list of names gives ("Ann Lee, Bo Park and Cy Ode"), without the
    credentials after them ("Grant Tolley, PhD"); None when one part is no name."""
    parts = [p for p in _LIST.split(text.strip(" ,;")) if p]
    names = []
    for part in parts:
        if part.lower().replace(" ", "") in CREDENTIALS:
            continue
        name = person_name(part, known_first)
        if name is None:
            return None
        names.append(name)
    return names or None


TRAILING_ROLE = re.compile(
    r"(?:[\s,]+(?:Staff|Senior|Special|Contributing|Political|National|Chief|Washington)?\s*"
    r"(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Updated|Published))+$",
    re.IGNORECASE,
)


def author_name(name: str) -> str | None:
    """A person's name as a byline gives it, or None: "Ada Moss Staff Writer" is
    Ada Moss; "CNN", "The Russian", "defense ministries" are not people's names."""
    name = TRAILING_ROLE.sub("", name.strip()).strip(" ,;")
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].lower() in ("the", "a", "an"):
        return None
    if not all(_name_word(t) for t in tokens) or ROLE.search(name):
        return None
    return name


_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’À-ÿ-]*|and|&)$")


def _name_word(token: str) -> bool:
    return _NAME_WORD.match(token) is not None or token.lower() in NAME_PARTICLES


def name_list(text: str) -> list[str] | None:
    """Names alone on a line, a byline without "By" ("Ann Lee and Bo Park, AP")."""
    text = without_outlet(text.strip())
    if not text or ends_sentence(text) or len(text) > 100:
        return None
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", text) if p]
    if not parts or len(parts) > 5:
        return None
    for part in parts:
        tokens = part.split()
        if not 2 <= len(tokens) <= 4 or not all(_name_word(t) for t in tokens):
            return None
    return parts
