"""The role an article writes in lower case just before a person's name ("former
secretary of state Ilse Dunn", "the billionaire developer Carl Moen"), read while
everyone it names is collected (people.py)."""

from __future__ import annotations

import re

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
