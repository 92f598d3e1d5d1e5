"""Two people of one family named together ("Lena and Marta Kowalczyk", "Ann & Bo
Sand"): the first name alone before "and" shares the surname of the full name after it,
so a later "Lena" is Lena Kowalczyk, not a person called "Lena"."""

from __future__ import annotations

import re

from reader.analysis.quotes.names import NAME_RUN, Mention, gender_of_first, parse_mention
from reader.lexicon import FIRST_NAMES

_AND = re.compile(r" (?:and|&) ")


def shared_surname(masked: str, first: re.Match[str]) -> Mention | None:
    """The person a lone listed first name names when a person's name of two words follows
    it after "and"; None otherwise ("Oslo and Ann Moss": no first name; "Ann and Oslo
    Council": no person after it)."""
    name = first.group()
    joined = _AND.match(masked, first.end())
    if name.lower() not in FIRST_NAMES or joined is None:
        return None
    other = NAME_RUN.match(masked, joined.end())
    words = other.group().split() if other else []
    if other is None or len(words) != 2 or not words[1][1:].islower():
        return None
    partner = parse_mention(other.group())
    if partner is None or partner.kind != "person" or partner.name != other.group():
        return None
    return Mention(f"{name} {words[1]}", "person", None, gender_of_first(name))
