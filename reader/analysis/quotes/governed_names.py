"""Whether a preposition governs a capitalised run before a verb ("writing at the
Ledger said": the Ledger is no subject), and the words that open a clause as well
("after Lindqvist argued": Lindqvist is). Works on quote-masked text."""

from __future__ import annotations

import re

from reader.analysis.quotes.names import PAREN
from reader.analysis.quotes.subject_gaps import LAST_WORD
from reader.analysis.quotes.subjects import PREPOSITIONS
from reader.lexicon import PLACES, words
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)
_ARTICLES = words("the a an")

# "in Burlington, Vermont,": the state of a place a preposition governs, governed too.
_PLACE_BEFORE = _COMPILED.compile(
    r"\b(?:in|at|from|of|near|to)\s+(?:[A-Z][\w.\-’']*\s+){0,3}[A-Z][\w.\-’']*,\s*$"
)


def governed(left: str, name: str) -> bool:
    """The text ``left`` ends where a preposition governs ``name``, which follows it."""
    prev = LAST_WORD.search(left)
    if prev and prev.group(1).lower() in _ARTICLES:  # "writing at the Ledger"
        prev = LAST_WORD.search(left, 0, prev.start(1))
    if prev:
        return prev.group(1).lower() in PREPOSITIONS
    place = PAREN.sub("", name).lower() in PLACES  # "in Philadelphia, Canova wrote"
    return place and bool(_PLACE_BEFORE.search(left[-80:]))


_CONJUNCTIONS = words("after before since until")  # prepositions that may open a clause


def clause_after(pattern: re.Pattern[str], left: str) -> re.Match[str] | None:
    """A name right before its verb after a word that opens a clause as well as governs a
    noun: "“…,” Okafor wrote after Lindqvist argued that “…”" (Lindqvist is the subject)."""
    m = pattern.search(left)
    prev = LAST_WORD.search(left[: m.start()]) if m else None
    return m if prev and prev.group(1).lower() in _CONJUNCTIONS else None


def ungoverned(pattern: re.Pattern[str], left: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``left`` that no preposition governs."""
    pos = 0
    while m := pattern.search(left, pos):
        if not governed(left[: m.start()], m.group(1)):
            return m
        pos = m.start() + 1
    return None
