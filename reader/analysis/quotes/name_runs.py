"""Capitalised runs of words that may name someone or something ("U.S. Rep. Jim
O’Malley Jr.", "Ursula von der Leyen", "the Russian Foreign Ministry") and their words.

A run does not go on past a sentence's full stop ("… from Egypt. Alastair Osman") nor
past a possessive ("The Harbour Times’s Scott Conroy" is two runs)."""

from __future__ import annotations

import re

from reader.lexicon import (
    ABBREVIATIONS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORG_WORDS,
    PLACE_NOUNS,
    TITLE_WORDS,
)


def _abbreviation_tails() -> str:
    """An abbreviation's letters after its capital, longest first (and alphabetically:
    the same pattern text in every run, which reader/pattern_cache.py keys on)."""
    tails: dict[str, list[str]] = {}
    for abbreviation in sorted(ABBREVIATIONS, key=lambda a: (-len(a), a)):
        tails.setdefault(abbreviation[0].upper(), []).append(re.escape(abbreviation[1:]))
    return "|".join(f"(?<={k})(?i:{'|'.join(v)})" for k, v in sorted(tails.items()))


# A capitalised word: initials, an abbreviation or an initial with its full stop ("J.J.",
# "Sen.", "U.S.", "W."), else a word without one (a sentence's last full stop is not part
# of a name) and without a possessive ("Trump’s" is "Trump"), apostrophes inside names
# kept ("O’Malley").
# A capital letter, accented ones too ("Étienne", "Łukasz", "Özil").
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_CAP = (
    rf"[{UPPER}](?:(?:\.[A-Z])+\.|(?:{_abbreviation_tails()})\.|\."
    r"|[\w\-]*(?:(?:[’'](?=[A-Z])|\.(?=[A-Za-z]))[\w\-]*)*)"
)
_PARTICLES = "|".join(sorted(NAME_PARTICLES))
# Between two capitalised words: "of", "&" or a name's particles, "of the" or "for the"
# ("Friends of the Earth", "Society for the Preservation of Mill Ponds"), or a particle
# joined to the surname by a hyphen ("Ayman al-Zawahiri").
# Not when the words after "the" modify a lower-case place or group noun: "Residents of
# the Cressley estate", "Members of the Harlow club" name no body.
_MODIFIED = "|".join(sorted(re.escape(w) for w in PLACE_NOUNS | ORG_WORDS))
_OF_THE = rf"(?:of|for)\s+the\s+(?!(?:[{UPPER}][\w\-]*\s+)+(?:{_MODIFIED})\b)"
# After a body's word, what it serves may be two things joined by "and" ("Department of
# Health and Human Services", "Union of Tea and Allied Workers"): the run goes on over the
# "and" when one capitalised word stands between "of" or "for" and it, and one or two
# words, no initials, end the name after it (before a lower-case word other than "of" or
# "for", or punctuation): not "… of Defence and Bo Park of the Treasury", "… of Justice
# and FBI Director Ann Lee", a body and then a person.
_BODY_WORD = "|".join(
    f"(?<={re.escape(w.title())})" for w in sorted(ORG_WORDS) if re.fullmatch(r"[a-z]+", w)
)
_CAPITAL_WORD = rf"[{UPPER}][a-z][\w\-]*"
_AND_END = (
    rf"(?={_CAPITAL_WORD}(?:\s+{_CAPITAL_WORD})?"
    r"(?:\s+(?!(?:of|for)\s)[a-z]|\s*(?:[.,;:!?]|$)))"
)
_BODY_AND = (  # "of"/"for" asked first: the body's words only then
    rf"(?=\s+(?:of|for)\s)(?:{_BODY_WORD})\s+(?:of|for)\s+[{UPPER}][\w\-]*\s+and\s+{_AND_END}"
)
_JOIN = (
    rf"(?:{_BODY_AND}"
    rf"|\s+(?:(?=[a-z&])(?:{_OF_THE}|(?:(?:of|for|&|{_PARTICLES})\s+){{1,2}})"
    rf"|(?:{_PARTICLES})-(?=[{UPPER}]))?)"
)
# A word of a run, whole: not the opening of a contraction ("Don’t", "Won’t").
_WORD = rf"(?>{_CAP})(?![’']t\b)"
NAME_RUN = re.compile(rf"{_WORD}(?:{_JOIN}{_WORD})*")
PAREN = re.compile(r"\s*\([^()]{1,40}\)")


def key(token: str) -> str:
    return token.lower().rstrip(".")


def clean_tokens(run: str) -> list[str]:
    """Tokens of a capitalised run, without possessives and sentence-final full stops."""
    tokens = run.split()
    out: list[str] = []
    for tok in tokens:
        tok = re.sub(r"[’']s?$", "", tok)
        keep = key(tok) in ABBREVIATIONS | TITLE_WORDS | NAME_SUFFIXES or "." in tok[:-1]
        if tok.endswith(".") and not keep and len(tok) > 2:
            tok = tok[:-1]
        if tok:
            out.append(tok)
    return out


def core_tokens(name: str) -> list[str]:
    """The words of a name without its suffixes: "Brent Dorsey III" -> Brent, Dorsey."""
    return [t for t in name.split() if key(t) not in NAME_SUFFIXES] or name.split()


def is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()
