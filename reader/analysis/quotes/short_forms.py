"""Which full name a short form of it can stand for, whatever words it keeps: a word from
inside the name ("Ferrer" of "Lucía Ferrer Albán"), the name less a middle initial ("Ann
Cole" of "Ann B. Cole"), a title the article gave the person, whole or abbreviated, before
any of its words ("Cllr Lingard" of "Councillor Petra Lingard", "Fr Dominic" of "Father
Dominic Okonjo"). A short form links only when one full name can own it."""

from __future__ import annotations

from reader.analysis.quotes.name_runs import core_tokens, key
from reader.lexicon import FIRST_NAMES, plain_letters


def _abbreviates(token: str, word: str) -> bool:
    """``token`` is ``word`` or a shortening of it: its first letter, then others in
    order ("Cllr" of "councillor", "Brig" of "brigadier", "Fr" of "father"). A listed
    given name shortens nothing unless its full stop says so ("Cy", not "Cy.")."""
    short = key(token)
    if short == word:
        return True
    if not short or not word or short[0] != word[0] or len(short) >= len(word):
        return False
    if plain_letters(short) in FIRST_NAMES and not token.endswith("."):
        return False
    begun = next(n for n in range(len(short), 0, -1) if word.startswith(short[:n]))
    letters = iter(word[begun:])  # after the word's own beginning, consonants only:
    rest = short[begun:]  # "Supt", "Cllr", "Brig"; not "Seren" of "sergeant"
    return not any(c in _VOWELS for c in rest) and all(c in letters for c in rest)


_VOWELS = frozenset("aeiouy")


def owns(short: list[str], full: str, roles: set[str]) -> bool:
    """The full name ``full`` (given the title words ``roles``) can be written ``short``:
    its titles first, then some of its own words in their order, one at least, and not
    the whole name less a suffix ("Bo Hill" is not "Bo Hill Jr.", his son)."""
    words = full.split()
    if short == core_tokens(full) or short == words:
        return False
    at = 0  # the next of the full name's words a short form's word may be
    for token in short:
        if token in words[at:]:
            at = words.index(token, at) + 1
        elif at or not any(_abbreviates(token, role) for role in roles):
            return False
    return at > 0
