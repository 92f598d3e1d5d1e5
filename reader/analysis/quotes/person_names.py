"""A person's own name inside a capitalised run, after the titles, role words and
organisation written before it, with its particles and suffixes; and the gender its
first name tells."""

from __future__ import annotations

import re

from reader.analysis.quotes.name_runs import key
from reader.lexicon import (
    COMMON_CAPS,
    FEMALE_NAMES,
    FIRST_NAMES,
    MALE_NAMES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_WORDS,
    PLACE_NOUNS,
    PLACES,
    TITLE_WORDS,
    plain_letters,
)

# Titles only a person is addressed by: the word after one is a surname, whatever else
# it can be ("Ms. White", not the White House).
HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr"])
_FEMALE_ENDINGS = ("a", "ie", "elle", "ette", "ine", "lyn", "een")
_CONNECTORS = {"of", "for", "&"} | NAME_PARTICLES


def gender_of_first(first: str, guess: bool = True) -> str | None:
    """From the lexicon, else from endings that are mostly women's ("-a", "-ie", "-elle").
    The lists are spelled in plain letters: "María", "Zoë" are read as "maria", "zoe"; a
    hyphened first name of two listed ones is its last ("Jan-Willem", "Anne-Marie")."""
    low = plain_letters(first.lower())
    if "-" in low and low not in FIRST_NAMES and all(p in FIRST_NAMES for p in low.split("-")):
        low = low.rsplit("-", 1)[1]  # both parts first names: not "Eckhardt-Lunn"
    if low in FEMALE_NAMES:
        return "f"
    if low in MALE_NAMES:
        return "m"
    if guess and len(low) > 2 and low.isalpha() and low.endswith(_FEMALE_ENDINGS):
        return "f"
    return None


def place_like(name: str) -> bool:
    """A place, a building or water ("Carrow Hall", "Lake Mervin"), not a person: a
    place noun ends or opens it and no listed first name opens it ("Jerry Hall")."""
    tokens = name.split()
    if len(tokens) < 2 or _is_first_name(tokens[0]):
        return False
    return key(tokens[-1]) in PLACE_NOUNS or key(tokens[0]) in PLACE_NOUNS


# Capitalised words that say what someone is, not who: "Pastor", "Registrar",
# "Superintendent", "Selectwoman", "Investigative Correspondent", in other languages too
# ("Geschäftsführer", a woman's "Sprecherin", "Direktorin", "Präsidentin").
_ROLE_SHAPED = re.compile(
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:er|or|ar|ent|ant|ist|man|woman|men|ess|ary|ian|ive|ee|ain|iff|eon"
    r")|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{5,}(?:er|or|ent)in"  # "Sprecherin", not "Severin", "Quentin"
)


def _stops_name(tok: str) -> bool:
    k = key(tok)
    return (
        k in TITLE_WORDS or k in COMMON_CAPS or k in ORG_WORDS or k in _CONNECTORS
        or not (tok[:1].isupper() or _particle_joined(tok))
    )  # fmt: skip


def _particle_joined(tok: str) -> bool:
    """A surname with its particle joined by a hyphen: "al-Zawahiri", "el-Sisi"."""
    particle, _, rest = tok.partition("-")
    return particle in NAME_PARTICLES and rest[:1].isupper()


def _hyphened_role(k: str) -> bool:
    """ "Vice-Chancellor", "Lieutenant-Governor" before a name: a role, as its words are
    apart (alone, "Spokesman-Review" is a name: a newspaper's)."""
    return "-" in k and any(part in TITLE_WORDS for part in k.split("-"))


def personal_name(tokens: list[str], opening: bool = False) -> list[str]:
    """The person's own name at the end of a capitalised run: after its titles, role words
    and organisation ("Pastor Kevin Swanson", "Northern Virginia Urban League Scott"),
    with particles and suffixes ("Ursula von der Leyen", "Martin Luther King Jr."). A run
    ``opening`` a sentence may open with a role the lists lack ("Nurse Anna Lee")."""
    if first_and_surname(tokens):
        return tokens
    name: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        tok, k = tokens[i], key(tokens[i])
        if k in NAME_SUFFIXES and not name:
            name.insert(0, tok)
        elif name and all(key(t) in NAME_SUFFIXES for t in name) and tok[:1].isupper():
            name.insert(0, tok)  # a surname before "Jr.", even "King"
        elif not name and i and key(tok) in TITLE_WORDS and _is_first_name(tokens[i - 1]):
            name.insert(0, tok)  # a surname after a first name, even "King"
        elif not name and i and key(tokens[i - 1]) in HONORIFICS and tok[:1].isupper():
            name.insert(0, tok)  # a surname after "Ms.", even "White"
        elif k in NAME_PARTICLES and name and _has_first(tokens[:i]):
            name.insert(0, tok)
        elif _stops_name(tok) or (name and _hyphened_role(k)):
            break
        else:
            name.insert(0, tok)
    core = [t for t in name if key(t) not in NAME_SUFFIXES]
    if len(core) < 2:
        return name
    for i, tok in enumerate(core[:-1][-4:]):
        first = len(core[:-1][:-4]) + i
        initial = len(tok) == 2 and tok.endswith(".")
        if initial or _is_first_name(tok):
            while first and _may_be_name(name[first - 1], shaped=opening and not initial):
                first -= 1  # "Billie Jean King", "Emmet G. Sullivan": a first name the lists lack
            return name[first:]  # from the first name (or initial) on
    cut = 0  # a word of a role's shape opens the run, unless particles follow it: a
    # role the lists lack is no first name, but "Pieter van der Berg" has no role
    while (
        len(core) - cut > 2
        and _ROLE_SHAPED.fullmatch(core[cut])
        and key(core[cut + 1]) not in NAME_PARTICLES
    ):
        cut += 1
    return name[cut:]


def _may_be_name(tok: str, shaped: bool = False) -> bool:
    """Not a role ("Correspondent") nor an acronym ("NBC"); with ``shaped``, of a first
    name's shape too ("Billie"; not "Nurse", "Lifeguard", capitalised opening a sentence)."""
    return not (_ROLE_SHAPED.fullmatch(tok) or tok.isupper()) and (
        not shaped or bool(gender_of_first(tok))
    )


def first_and_surname(tokens: list[str]) -> bool:
    """A listed first name before one word that could end a body's name: a person
    ("Nathalie Guild", "Mara Post"), unless the first word is also a place's ("Jordan
    Bank")."""
    return (
        len(tokens) == 2
        and key(tokens[1]) in ORG_WORDS
        and _is_first_name(tokens[0])
        and key(tokens[0]) not in PLACES
    )


def _is_first_name(tok: str) -> bool:
    return gender_of_first(tok, guess=False) is not None


def _has_first(before: list[str]) -> bool:
    """A capitalised name word comes before the particles ending ``before``."""
    for tok in reversed(before):
        if key(tok) in NAME_PARTICLES:
            continue
        return tok[:1].isupper() and not _stops_name(tok)
    return False
