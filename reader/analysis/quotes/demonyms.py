"""A capitalised noun that describes a person rather than naming one: a noun in -man or
-woman ("the Dutchman", "the Frenchwoman"), a word made of a place the lexicon knows and a
people's ending ("the Texan", "the Australian", "the Argentine", "the Icelander", "the
Scot"), or a party's member ("the Republican"). "The Pentagon", "the Guardian", "the
Treasury" are none: they stay bodies."""

from __future__ import annotations

from functools import cache

from reader.lexicon import PARTY_MEMBERS, PLACES, TITLE_WORDS

_ENDINGS = ("an", "ian", "ean", "ese", "ish", "i", "er", "e", "ine", "ite")
_VOWELS = "aeiouy"


def _stems(place: str) -> tuple[tuple[str, bool], ...]:
    """The place's stems, each with whether the bare stem is a people's word ("scot" of
    "scotland"; "keny" of "kenya", "tex" of "texas" need an ending)."""
    if place.endswith("land") and len(place) > 6:
        return ((place[:-4], True), (place, False))
    return ((place, False), (place[:-1], False), (place.rstrip(_VOWELS + "s"), False))


@cache
def _demonyms() -> frozenset[str]:
    out: set[str] = set()
    for place in PLACES:
        if " " in place:
            continue
        for stem, alone in _stems(place):
            if len(stem) < 3:
                continue
            if alone:
                out.add(stem)
            out.update(stem + ending for ending in _ENDINGS if stem + ending != place)
    return frozenset(out)


def describes_person(word: str) -> bool:
    """ "Dutchman", "Texan", "Republican": a capitalised word standing for a person."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    low = word.lower()
    stem = low.removesuffix("woman") if low.endswith("woman") else low.removesuffix("man")
    if stem != low and len(stem) >= 4 and low not in TITLE_WORDS:
        return True  # "Dutchman", "Frenchwoman"; not "Chairman", "Newman"
    return low in PARTY_MEMBERS or low in _demonyms()
