"""The outlet or agency a byline prints after its names ("Ann Lee, Reuters", "Bo Park
Harbour Daily", "Ann Lee and Bo Park, Harbour Daily", "Bo Park WXYZ NEWS"): where the
names end and the outlet begins, by its shape (capitalised words ending in a role's or
an organisation's word, capitals after names in mixed case), not by a list of outlets.
"""

from __future__ import annotations

import re

from reader.ingest.names import INITIAL, ROLE, capitalised, person_name
from reader.lexicon import FIRST_NAMES, NAME_PARTICLES, NAME_SUFFIXES, ORG_WORDS

_OUTLET_WORDS = 5  # "The Harbour Valley Evening News"
_LIST_CHARS = 120  # a line of names and their outlet


def _names_an_outlet(words: list[str]) -> bool:
    """Capitalised words that name an outlet or a role: at most _OUTLET_WORDS, the last
    a role's or an organisation's word ("Harbour Daily", "Argus Leader")."""
    return (
        0 < len(words) <= _OUTLET_WORDS
        and all(capitalised(t) for t in words)
        and (ROLE.fullmatch(words[-1]) is not None or words[-1].lower() in ORG_WORDS)
    )


def before_outlet(text: str, known_first: bool = False) -> str | None:
    """The name that opens ``text`` when an outlet's name follows it ("Bo Park Harbour
    Daily", "Tom J. Hale Eastholm Argus Leader"): a first name, its initials
    and particles, and one word more; the words after it must name an outlet or a role,
    in capitalised words ending with one of ROLE's ("Leader", "Daily")."""
    tokens = text.split()
    k = _last_name_at(tokens)
    if not _names_an_outlet(tokens[k + 1 :]):
        return None  # "Ella Stone Wins Harbour Daily Award" is a headline
    return person_name(" ".join(tokens[: k + 1]), known_first)


def known_name_before(text: str) -> str | None:
    """The name that opens ``text``, whatever follows it, when a known first name opens
    it ("Tom J. Hale Books, Reviews": a first name, its initials and particles, and one
    word more)."""
    tokens = text.split()
    return person_name(" ".join(tokens[: _last_name_at(tokens) + 1]), known_first=True)


def _last_name_at(tokens: list[str]) -> int:
    """The index of the name's last word: past the first name, its initials and particles."""
    k = 1
    while k < len(tokens) - 1 and (INITIAL.match(tokens[k]) or tokens[k] in NAME_PARTICLES):
        k += 1
    return k


# "Ann Lee | Harbour Daily", "… / Reuters", "Ann Lee · Health Reporter"
_PARTED = re.compile(r"\s*,\s*|\s+[|–—-]\s+|\s*[/·•]\s*")
_LAST_OF_LIST = re.compile(r"(?P<head>.+?(?:\s(?:and|&)\s|,\s*))(?P<last>[^,]+?)\s*$")
_AGENCY_TAIL = re.compile(
    r"[\s,]+(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|Bloomberg|UPI|PTI|"
    r"Staff Writer|Staff|Correspondent)\s*$",
    re.IGNORECASE,
)


def _outlet(piece: str, names: str) -> bool:
    """The last comma piece of a byline as an outlet: in capitals after names that are
    not ("Ann Lee, ABC TODAY"), or capitalised words ending in an organisation's word
    whose first word opens no person's name ("Harbour Daily", "The Gull Gazette"; not
    "Ann White")."""
    words = piece.split()
    if words and len(words) <= _OUTLET_WORDS and piece.isupper() and not names.isupper():
        return True
    return _names_an_outlet(words) and words[0].lower() not in FIRST_NAMES


_PAIR = re.compile(r"^[^,]+\s(?:and|&)\s[^,]+$")


def past_pair(text: str) -> str:
    """The names before the comma after two names joined by "and": "Ann Lee and Bo Park,
    Harbour Live" (a third author would be listed "Ann Lee, Bo Park and …")."""
    head, comma, _ = text.rpartition(",")
    return head.rstrip() if comma and _PAIR.match(head.strip()) else text


def _capitals_tail(text: str) -> int:
    """Where the words in capitals that end names in mixed case begin ("Ann Lee WXYZ
    NEWS"); len(text) when there are none. A suffix ("King III") is part of the name."""
    words = text.split()
    kept = len(words)
    while kept > 1 and words[kept - 1].isupper() and len(words[kept - 1]) > 1:
        if words[kept - 1].lower().rstrip(".") in NAME_SUFFIXES:
            break
        kept -= 1
    if kept == len(words) or not any(c.islower() for c in " ".join(words[:kept])):
        return len(text)
    return text.rindex(words[kept])


def without_outlet(text: str) -> str:
    """A byline's names without the agency or outlet after them ("Ann Lee, Reuters",
    "Ann Lee and Bo Park, Harbour Daily", "Ann Lee | Harbour Daily", "Ann Lee / CNN", "Bo
    Park, ABC", "Bo Park WXYZ NEWS", "Ann Lee and Bo Park Harbour Argus Leader")."""
    text = _AGENCY_TAIL.sub("", text)
    parted = [*_PARTED.finditer(text)]  # the last comma, bar, dash or slash
    names, last = (text[: parted[-1].start()], text[parted[-1].end() :]) if parted else ("", "")
    if names.strip() and _outlet(last.strip(), names):
        return names
    if (paired := past_pair(text)) != text:
        return paired
    # the list's last name runs into the outlet (a line of a byline's length)
    listed = _LAST_OF_LIST.match(text) if len(text) <= _LIST_CHARS else None
    if listed and (name := before_outlet(listed.group("last"))):
        return listed.group("head") + name
    return text[: _capitals_tail(text)].rstrip()
