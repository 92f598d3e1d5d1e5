"""The word lists the quote and speaker rules and the byline reader use, read once from
the data files in ``words/``: one entry a line, sorted, each list led by ``#`` lines that
say what it holds. Verbs are listed by their base form; ``inflect`` makes their other forms."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

FOLDER = Path(__file__).with_name("words")


def entries(name: str) -> list[list[str]]:
    """The entries of the list ``name`` (a file in ``words/``), each split into words."""
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith("#")]


def plain_letters(word: str) -> str:
    """``word`` with its accents dropped, as the name lists spell names ("José": "Jose")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii())


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _first_words(name: str) -> frozenset[str]:
    return frozenset(entry[0] for entry in entries(name))


# One short vowel, then one consonant: the consonant doubles ("quip" -> "quipped").
_DOUBLES = re.compile(r"[^aeiou]*(?:qu)?[aeiou][^aeiouwxy]")


class Verb(NamedTuple):
    base: str  # "say"
    third: str  # "says"
    past: str  # "said"
    participle: str  # "said", "written"
    ing: str  # "saying"
    inverts: bool  # may come before its subject after a quote: "…,” said Hill

    def forms(self) -> set[str]:
        return {self.base, self.third, self.past, self.participle, self.ing}


def inflect(base: str, past: str | None = None, participle: str | None = None) -> Verb:
    """The forms of a verb; ``past`` and ``participle`` are given when no rule makes them
    (a past that doubles the last consonant, "admitted", doubles it in "admitting" too)."""
    consonant_y = base.endswith("y") and base[-2:-1] not in ("a", "e", "i", "o", "u")
    double = bool(_DOUBLES.fullmatch(base)) or past == base + base[-1] + "ed"
    if consonant_y:
        third, regular_past = base[:-1] + "ies", base[:-1] + "ied"
    else:
        third = base + ("es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
        regular_past = base + ("d" if base.endswith("e") else base[-1] + "ed" if double else "ed")
    if base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        ing = base[:-1] + "ing"
    else:
        ing = base + (base[-1] if double else "") + "ing"
    past = past or regular_past
    return Verb(base, third, past, participle or past, ing, inverts=False)


def verbs(name: str) -> list[Verb]:
    """A verb list: the base, the forms no rule makes, and "inverts" when it does."""
    out = []
    for base, *rest in entries(name):
        inverts = "inverts" in rest
        forms = [w for w in rest if w != "inverts"]
        out.append(inflect(base, *forms)._replace(inverts=inverts))
    return out


_SAY = verbs("say_verbs.txt")
SAY_VERBS: frozenset[str] = frozenset(form for verb in _SAY for form in verb.forms())
SAY_BASES: frozenset[str] = frozenset(verb.base for verb in _SAY)
# Verbs that may come before their subject after a quote: "…,” said Hill.
INVERTING_VERBS: frozenset[str] = frozenset(
    form for verb in _SAY if verb.inverts for form in (verb.past, verb.third)
)
# Say-verbs of other languages right after a quote: "„…“, sagte Roth", "a déclaré".
FOREIGN_SAY_VERBS = frozenset(" ".join(entry) for entry in entries("foreign_say_verbs.txt"))
# Participles whose subject is the subject of the sentence: "X took offense, saying …".
PARTICIPLES: frozenset[str] = frozenset(verb.ing for verb in _SAY)
_JUDGING = verbs("judging_verbs.txt")
JUDGING_VERBS: frozenset[str] = frozenset(form for verb in _JUDGING for form in verb.forms())
# The base forms of both lists: "say", "state", "call" (no singular name's verb).
VERB_BASES: frozenset[str] = SAY_BASES | frozenset(verb.base for verb in _JUDGING)
ADVERBS = _first_words("adverbs.txt")
PRONOUNS: dict[str, str | None] = {
    "he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None,
}  # fmt: skip
_TITLES = entries("titles.txt")
TITLE_WORDS: frozenset[str] = frozenset(entry[0] for entry in _TITLES)
# Titles that tell a person's gender: "Mrs.", "Congressman".
TITLE_GENDERS: dict[str, str] = {entry[0]: entry[1] for entry in _TITLES if len(entry) > 1}
ORG_WORDS = _first_words("organisation_words.txt")
# One person the article need not name: "An aide said …" (with the titles).
_PERSON_NOUNS = entries("person_nouns.txt")
PERSON_NOUNS: frozenset[str] = frozenset(entry[0] for entry in _PERSON_NOUNS)
# Those that tell the person's sex: "a mother of three", "a boy".
PERSON_GENDERS: dict[str, str] = {e[0]: e[1] for e in _PERSON_NOUNS if len(e) > 1}
# A group of people a text may name by the noun alone: "His family said …".
GROUP_NOUNS = _first_words("group_nouns.txt")
# Nouns that stand for the body that issued them: "the statement said".
STATEMENT_NOUNS = _first_words("statement_nouns.txt")
# Documents that speak for themselves: "the audit found".
DOCUMENT_NOUNS = _first_words("document_nouns.txt")
# Nouns for someone's words that a possessive name owns: "Hale's assertion that …".
SPEECH_NOUNS = _first_words("speech_nouns.txt")
COMMON_CAPS = _first_words("common_caps.txt")
ABBREVIATIONS = _first_words("abbreviations.txt")
MALE_NAMES = _first_words("male_names.txt")
PLACES = frozenset(" ".join(entry) for entry in entries("places.txt"))  # "south carolina"
PLACE_NOUNS = _first_words("place_nouns.txt")  # "Carrow Hall", "Lake Mervin"
PARTY_MEMBERS = _first_words("party_members.txt")  # "the Republican said"
NAME_PARTICLES = _first_words("name_particles.txt")  # "von der Leyen"
NAME_SUFFIXES = _first_words("name_suffixes.txt")  # "King Jr."
POST_NOMINALS = _first_words("post_nominals.txt")  # "Ann Hale MP": no part of the name
# The post-nominals written in mixed case, as the list's second word gives them: "PhD".
POST_NOMINAL_FORMS = frozenset(e[1] for e in entries("post_nominals.txt") if len(e) > 1)
FEMALE_NAMES = _first_words("female_names.txt")
FIRST_NAMES = FEMALE_NAMES | MALE_NAMES  # a person's first name, either sex
# The finite auxiliaries: a clause has a verb when it has one ("has scrapped", "did say")
AUXILIARIES = words(
    "did does do has had have is was were are will would could can should may might"
)
