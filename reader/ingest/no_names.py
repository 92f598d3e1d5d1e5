"""Capitalised words that are no one's name, and the one check every byline rule that
takes a name of any first name makes with them: "Most Read", "Related Stories", "Harbour
Authority", "Canal Folk Saying" stand where a name would and are no person."""

from __future__ import annotations

from reader.ingest.byline_people import AGENCIES
from reader.ingest.names import person_name
from reader.lexicon import COMMON_CAPS, ORG_WORDS, PLACE_NOUNS, SPEECH_NOUNS, STATEMENT_NOUNS

# Words of no person's name, though capitalised: an organisation's ("Hillside Rowing
# Club"), a saying's or a statement's, a sentence's or a menu's opener; a place's noun
# too ("City Hall"), but for the last word, a surname's ("Zac Hall", "Ann Wood")
NO_NAME_WORDS = ORG_WORDS | SPEECH_NOUNS | STATEMENT_NOUNS | COMMON_CAPS
_NOT_LAST = NO_NAME_WORDS | PLACE_NOUNS


def may_be_person(name: str) -> bool:
    """A known first name opens the name, it is a news agency's ("Reuters"), or none of
    its words is a word of no one's name (a place's noun may end it: a surname)."""
    if person_name(name, known_first=True) or name.lower() in AGENCIES:
        return True
    *words, last = [word.lower().strip(".,") for word in name.split()]
    return not (last in NO_NAME_WORDS or any(w in _NOT_LAST for w in words))


def people(names: list[str] | None) -> list[str] | None:
    """The names when each may be a person's, else None ("Most Read" over the date of its
    first teaser is no writer)."""
    return names if names and all(map(may_be_person, names)) else None
