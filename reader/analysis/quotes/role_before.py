"""The role an article writes in lower case just before a person's name ("former
secretary of state Ilse Dunn", "the billionaire developer Carl Moen"), or in apposition
after a possessive ("his lawyer, Ann Roe,", "Ann Roe, her deputy,"), read while everyone
it names is collected (people.py)."""

from __future__ import annotations

import re

from reader.analysis.quotes.subjects import role_noun
from reader.lexicon import words

_WORDS_BEFORE = re.compile(r"(?:[\w\-’'.]+ ){1,6}$")
_ROLE_STOP = words(
    "the a an and or but of to with by from for in on at as said says told who whom his her"
    " their its our my your that this"
)


def role_before(masked: str, start: int) -> str:
    """The lowercase role tokens written just before a name: "former secretary of state
    Ilse Dunn", "the billionaire developer Carl Moen"."""
    m = _WORDS_BEFORE.search(masked, max(0, start - 80), start)
    if not m:
        return ""
    tokens = m.group().split()
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i][-1] in ".,;:!?":
            tokens = tokens[i + 1 :]  # not past a full stop or a comma
            break
    while tokens and tokens[0].lower() in _ROLE_STOP:
        tokens.pop(0)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].lower() in _ROLE_STOP - {"of"}:
            tokens = tokens[i + 1 :]
            break
    return " ".join(tokens)


# Whose: "his", "her", "their", "its", or a name's possessive ("the singer’s", "Acme’s").
_WHOSE = r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\w+[’']s)"
_ROLE = r"((?:[a-z][\w\-]*\s+){0,3}([a-z][\w\-]*))"
_OWNED_BEFORE = re.compile(rf"{_WHOSE}\s+{_ROLE},\s+$")
_OWNED_AFTER = re.compile(rf",\s+{_WHOSE}\s+{_ROLE}[,.]")


def owned_role(masked: str, start: int, end: int) -> str:
    """A role of someone else's written in apposition with the name at ``start:end``:
    "His lawyer, Ann Roe, …", "Ann Roe, her deputy, …" (a role's head noun: not "Ann Roe,
    her voice shaking, …"). The role before the name opens its sentence and a comma
    closes the name: "After calling his lawyer, Bo Park left" names no lawyer."""
    if not masked.startswith(",", end):
        return ""  # both shapes close the name with a comma
    m = _OWNED_BEFORE.search(masked, max(0, start - 60), start)
    if not (m and _opens_sentence(masked, m.start())):
        m = _OWNED_AFTER.match(masked, end)
    return m.group(1) if m and role_noun(m.group(2)) else ""


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip()
    return not before or before[-1] in '.!?\n"”’'
