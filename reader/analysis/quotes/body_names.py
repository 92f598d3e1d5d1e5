"""Capitalised runs that name a body by what it serves or who are in it: "Department of
Labor", "Center for Policy Studies", "Friends of the Marsh"."""

from __future__ import annotations

from reader.analysis.quotes.name_runs import key
from reader.lexicon import FIRST_NAMES, ORG_WORDS, TITLE_GENDERS, TITLE_WORDS


def body_of(tokens: list[str]) -> bool:
    """ "Department of Labor", "University of Iowa", "Center for Policy Studies", "Velden
    Chamber of Commerce": a body named by what it serves, perhaps after its place; not
    "Department of Labor Secretary Ida Moss" (a first name before the last word) nor
    "Board of Supervisors Chairman Al Ito" (a gendered title) nor "Mara Post of Velden"
    (a first name and a surname); or a body named for its members (``plural_of_the``), or
    a firm named for its partners (``_firm``)."""
    if plural_of_the(tokens) or _firm(tokens):
        return True
    joint = next((i for i, t in enumerate(tokens) if t in {"of", "for"}), 0)
    if len(tokens) < joint + 2 or not joint or key(tokens[joint - 1]) not in ORG_WORDS:
        return False
    if named_before_of(tokens, joint):
        return False
    return key(tokens[-2]) not in FIRST_NAMES and not any(key(t) in TITLE_GENDERS for t in tokens)


def named_before_of(tokens: list[str], joint: int) -> bool:
    """A first name and one surname before "of" at ``joint``: "Mara Post of Velden" is
    a person, though her surname is a body's word ("Martin Center for …" is not)."""
    return joint == 2 and tokens[2] == "of" and key(tokens[0]) in FIRST_NAMES


def plural_of_the(tokens: list[str]) -> bool:
    """ "Friends of the Marsh", "Daughters of the Old Mill": a plural noun before "of the"
    and a name names a body, not the person "Hale of the Courier" is."""
    if len(tokens) < 4 or tokens[1:3] != ["of", "the"] or not tokens[3][:1].isupper():
        return False
    first = key(tokens[0])
    plural = first.endswith("s") and not first.endswith(("ss", "us", "is")) and len(first) > 4
    return plural and first not in FIRST_NAMES and first not in TITLE_WORDS


def _firm(tokens: list[str]) -> bool:
    """ "Hollin & Crane", "Baker & Sons": names joined by an ampersand name a firm; not
    "Jim & Sarah" (a first name before it: two people)."""
    joint = next((i for i, t in enumerate(tokens) if t == "&"), 0)
    return 0 < joint < len(tokens) - 1 and key(tokens[joint - 1]) not in FIRST_NAMES
