"""Two people of one family named together ("Lena and Marta Kowalczyk", "Ann & Bo
Sand"): the first name alone before "and" shares the surname of the full name after it,
so a later "Lena" is Lena Kowalczyk, not a person called "Lena"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.quotes.names import NAME_RUN, Mention, gender_of_first, parse_mention
from reader.lexicon import COMMON_CAPS, FIRST_NAMES, ORG_WORDS, PLACES

_AND = re.compile(r" (?:and|&) ")
_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")  # "Sand", "Hale-Moss"


def shared_surname(
    masked: str, first: re.Match[str], before: Sequence[tuple[object, Mention]] = ()
) -> tuple[Mention, int] | None:
    """The person a lone first name names when a person's name of two words follows it
    after "and"; None otherwise ("Oslo and Ann Moss": no first name; "Ann and Oslo
    Council": no person after it). A first name no list holds ("Anselm and Greta Vogt")
    when the partner's is listed or one of the two tells its sex by its ending ("Tobiah and
    Wenna Hale-Moss"), and the word is no place, no body's word and no surname of the
    people named ``before`` ("Obama and Hillary Clinton"). With the person, where the two
    names end."""
    name = first.group()
    joined = _AND.match(masked, first.end())
    if joined is None or not (name.lower() in FIRST_NAMES or _unlisted(name)):
        return None
    other = NAME_RUN.match(masked, joined.end())
    words = other.group().split() if other else []
    if other is None or len(words) != 2 or not _SURNAME.fullmatch(words[1]):
        return None
    if name.lower() not in FIRST_NAMES:
        surnames = {known.name.split()[-1] for _, known in before}
        told = gender_of_first(name) or gender_of_first(words[0])  # "Tobiah and Wenna"
        if not (words[0].lower() in FIRST_NAMES or told) or name in surnames:
            return None
    partner = parse_mention(other.group())
    if partner is None or partner.kind != "person" or partner.name != other.group():
        return None
    return Mention(f"{name} {words[1]}", "person", None, gender_of_first(name)), other.end()


def _unlisted(name: str) -> bool:
    """A capitalised word that may be a first name no list holds."""
    low = name.lower()
    plain = name[1:].islower() and low not in PLACES and low not in ORG_WORDS
    return plain and low not in COMMON_CAPS
