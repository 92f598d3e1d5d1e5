"""The role an article writes in lower case just before a person's name ("former
secretary of state Ilse Dunn", "the billionaire developer Carl Moen"), or in apposition
after a possessive ("his lawyer, Ann Roe,", "Ann Roe, her deputy,") or, before the name,
after an article ("The chief executive of Pellow Water, Ann Roe,"), read while everyone
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


# The owners a role keeps in its record, for a later "her father said" to name only the one
# the article gave that relation with the same owner ("Her father, Tomas Dalgaard,"):
# "his lawyer" is not whoever was "her lawyer". A name's possessive is left out ("Obi's
# solicitor"): a later "his solicitor" would not repeat it.
OWNER_PRONOUNS = words("his her their")

# Whose: "his", "her", "their", "its", or a name's possessive ("the singer’s", "Acme’s");
# before the name, an article too ("The chief executive of Pellow Water, Ann Roe,").
_WHOSE = r"\b(?P<whose>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|\w+[’']s)"
_ROLE = r"(?P<role>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)"
# After an article, the role's own words and the body it serves, if named: "The chief
# executive of Pellow Water, Ann Roe," (not "The author of the book, …": no body named).
_PLAIN_ROLE = r"(?P<plain>(?:(?!(?:of|at|for|the|in)\s)[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)"
_OF_BODY = r"(?:\s+(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w\-’'&]*\s+){0,4}[A-Z][\w\-’'&]*)?"
_ROLE_BEFORE = re.compile(
    rf"(?:{_WHOSE}\s+{_ROLE}|\b(?:[Tt]he|[Aa]n?)\s+{_PLAIN_ROLE}{_OF_BODY}),\s+$"
)
_OWNED_AFTER = re.compile(rf",\s+{_WHOSE}\s+{_ROLE}[,.]")


def owned_role(masked: str, start: int, end: int) -> str:
    """A role written in apposition with the name at ``start:end``: "His lawyer, Ann Roe,
    …", "The head teacher of Marlow Primary, Ann Roe, …", "Ann Roe, her deputy, …" (a
    role's noun: not "Ann Roe, her voice shaking, …"). The role before the name opens its
    sentence and a comma closes the name: "After calling his lawyer, Bo Park left" names
    no lawyer. A pronoun owner stays in the role ("her father")."""
    if not masked.startswith(",", end):
        return ""  # both shapes close the name with a comma
    m = _ROLE_BEFORE.search(masked, max(0, start - 80), start)
    if not (m and _opens_sentence(masked, m.start())):
        m = _OWNED_AFTER.match(masked, end)
    found = m.groupdict() if m else {}
    role = found.get("role") or found.get("plain") or ""
    if not (role and _names_role(role)):
        return ""
    whose = (found.get("whose") or "").lower()
    return f"{whose} {role}" if whose in OWNER_PRONOUNS else role  # "her father"


def _names_role(role: str) -> bool:
    """A word of the role names someone by it: "deputy", "chief executive" (not "voice
    shaking")."""
    return any(role_noun(word) for word in role.split())


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip()
    return not before or before[-1] in '.!?\n"”’'
