"""Reading a mention ("US Secretary of State Ilse Dunn", "Rep. Omar Pike (D-Vt.)",
"the Russian Foreign Ministry") as a name, a kind, a role and a gender hint."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.analysis.quotes.body_names import body_of, named_before_of, plural_of_the
from reader.analysis.quotes.name_runs import (
    NAME_RUN,
    PAREN,
    clean_tokens,
    core_tokens,
    is_acronym,
    key,
)
from reader.analysis.quotes.person_names import (
    HONORIFICS,
    first_and_surname,
    gender_of_first,
    personal_name,
)
from reader.lexicon import (
    ABBREVIATIONS,
    COMMON_CAPS,
    FEMALE_NAMES,
    MALE_NAMES,
    NAME_SUFFIXES,
    ORG_WORDS,
    POST_NOMINAL_FORMS,
    POST_NOMINALS,
    TITLE_GENDERS,
    TITLE_WORDS,
)

__all__ = ["NAME_RUN", "PAREN", "Mention", "core_tokens", "gender_of_first", "parse_mention"]

_ADVERB_ENDINGS = ("ally", "fully", "ily", "ely", "ously", "tly", "dly", "kly", "nly", "ply",
                   "bly", "wly", "rly")  # fmt: skip


@dataclass(slots=True, frozen=True)
class Mention:
    name: str  # the name without titles: "Ilse Dunn", "Russian Foreign Ministry"
    kind: str  # "person" or "organisation"
    role: str | None = None  # the titles before the name: "US Secretary of State"
    gender: str | None = None  # "m", "f" or None


def _before_place(tokens: list[str]) -> list[str]:
    """Cut "Ann Lee of New York" after the name; keep "Secretary of State …", and a
    body's name whole after a body's word and "for" ("Society for the Protection of
    Rivers", "Institute for the Study of Tides": what the body is for, whatever its words;
    "University of Iowa of Ames" is cut at its place)."""
    if plural_of_the(tokens):
        return tokens
    for i, tok in enumerate(tokens[1:], 1):
        if tok not in {"of", "for"}:
            continue
        prev = key(tokens[i - 1])
        if prev in ORG_WORDS and tok == "for":
            return tokens  # the body's purpose runs to the end of the run
        if prev not in TITLE_WORDS and (prev not in ORG_WORDS or named_before_of(tokens, i)):
            return tokens[:i]
    return tokens


def _titled_of_the(tokens: list[str]) -> bool:
    """ "State of the Union", "Speaker of the House", "Members of the Hadley (family)": a
    title's word before "of the" makes no body; only a full name after it names anyone."""
    first = key(tokens[0]) if tokens else ""
    return tokens[1:3] == ["of", "the"] and first in TITLE_WORDS and first not in ORG_WORDS


@lru_cache(maxsize=4096)
def parse_mention(phrase: str, opening: bool = False) -> Mention | None:
    """A name from a capitalised phrase (``opening`` a sentence: its first word may be a
    role, "Nurse Anna Lee"), or None when nothing name-like is left."""
    role_parts = [p.strip(" ()") for p in PAREN.findall(phrase)]
    phrase = PAREN.sub("", phrase).strip(" ,")
    tokens = clean_tokens(phrase)
    if len(tokens) > 2 and tokens[0] == "the":
        tokens = tokens[1:]  # "the Friends of the Marsh" as "Friends of the Marsh" is read
    if _titled_of_the(tokens):  # "Speaker of the House Ann Roe": Ann Roe, and her role
        after = _mention(tokens[3:], role_parts)
        if after is None or after.kind != "person" or " " not in after.name:
            return None
        role = " ".join(tokens[: len(tokens) - len(after.name.split())])
        return Mention(after.name, "person", role, after.gender)
    kept = _before_place(tokens)
    mention = _mention(kept, role_parts, opening)
    if mention is None and len(tokens) - len(kept) > 2:  # "Wednesday for Justice Ann Lee"
        return _mention(tokens[len(kept) + 1 :], role_parts)
    return mention


def _mention(tokens: list[str], role_parts: list[str], opening: bool = False) -> Mention | None:
    while tokens and (_common(tokens) or (len(tokens) > 1 and _opening(tokens[0]))):
        tokens = tokens[1:]  # "But Hill", "Interestingly Hill"; not "New York"
    cut = len(tokens)
    while cut > 2 and _post_nominal(tokens[cut - 1]):
        cut -= 1  # "Lionel Ashdown KC", "Jo Reed PhD": the letters are a role; not "Daryl Bem"
    tokens, letters = tokens[:cut], tokens[cut:]
    if not tokens:
        return None
    last = key(tokens[-1])
    acronym = is_acronym(tokens[-1]) and last not in TITLE_WORDS and last not in NAME_SUFFIXES
    addressed = len(tokens) > 1 and key(tokens[-2]) in HONORIFICS  # "Ms. White", "Dr. House"
    addressed = addressed or first_and_surname(tokens)  # "Nathalie Guild", "Mara Post"
    if (last in ORG_WORDS and not addressed) or acronym or body_of(tokens):
        return Mention(" ".join(tokens), "organisation")
    name = personal_name(tokens, opening)
    if not name:
        return None
    prefix = tokens[: len(tokens) - len(name)]
    titles = {TITLE_GENDERS.get(key(t)) for t in prefix}
    gender = gender_of_first(name[0]) if len(name) > 1 else None
    if "f" in titles:
        gender = "f"
    elif "m" in titles:
        gender = "m"
    role = " ".join(prefix + letters + [f"({p})" for p in role_parts]) or None
    return Mention(" ".join(name), "person", role, gender)


def _post_nominal(token: str) -> bool:
    """Letters after a name, written as such: "KC", "M.B.E.", "PhD", "Esq."; not the
    surnames "Bem", "Kc"."""
    k = key(token)
    written = token.replace(".", "").isupper() or token.rstrip(".") in POST_NOMINAL_FORMS
    return k in POST_NOMINALS and written


def _adverb(token: str) -> bool:
    """ "Finally", "Clearly"; not "Kelly", "Scully", "Emily", "Beverly"."""
    low = token.lower()
    return low.endswith(_ADVERB_ENDINGS) and low not in FEMALE_NAMES and low not in MALE_NAMES


# Common words that begin the names of places: "New York", "North Korea", "United Nations".
_PLACE_STARTS = frozenset(["new", "north", "south", "east", "west", "central", "great", "united"])


def _common(tokens: list[str]) -> bool:
    """The first of ``tokens`` is a common word, not the start of a name."""
    first = key(tokens[0])
    return first in COMMON_CAPS and not (first in _PLACE_STARTS and len(tokens) > 1)


def _opening(token: str) -> bool:
    """An adverb opening a sentence before a name: "Interestingly", "Nevertheless"."""
    low = token.lower()
    named = low in FEMALE_NAMES or low in MALE_NAMES
    return len(low) > 5 and low.endswith("ly") and not named


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


@lru_cache(maxsize=8192)
def looks_like_name(run: str, verb_after: bool = False) -> bool:
    """A capitalised run that can name someone: not a lone function word or date, nor a
    lone participle ("Speaking from his office, …") unless a finite verb follows it
    ("Manning said")."""
    tokens = clean_tokens(run)
    stem = tokens[0][:-3].lower() if len(tokens) == 1 and tokens[0].endswith("ing") else ""
    if any(v in stem for v in "aeiouy") and not verb_after:
        return False  # not "King" either way
    lone = tokens[0] if len(tokens) == 1 else ""
    if lone and (_adverb(lone) or key(lone) in ABBREVIATIONS or _INITIALS.fullmatch(lone)):
        return False  # "Finally, …", "Clearly …", "Calif.", "N.H." alone
    return bool(tokens) and not all(key(t) in COMMON_CAPS for t in tokens)
