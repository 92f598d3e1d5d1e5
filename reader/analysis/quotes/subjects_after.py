"""The subject after an inverted say-verb ("said Hill, a researcher at …") and a name or
pronoun at a given place ("an angry Hollande"). Works on quote-masked text."""

from __future__ import annotations

from reader.analysis.quotes.names import PAREN, looks_like_name
from reader.analysis.quotes.subjects import DET, NAME, PRON, Subject
from reader.lexicon import NAME_PARTICLES, ORG_WORDS, words
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

_DET_AFTER = (
    rf"{DET}(?:\s+[A-Za-z][\w\-’'&.]*){{0,4}}?\s+[a-z][\w\-’']*"
    r"(?=[,.;]|\s+(?:of|for|at|in|who|on|from|with)\b|$)"
)
# "said Harbour State University professor Ray Dunn": role words, then the name (not
# "said Tuesday that Ray Dunn …": he is the subject of what was said).
_AFTER_NAMED = _COMPILED.compile(
    rf"\s+((?:(?!(?:who|in|at|on|of|to|that|whether|if)\b)[A-Za-z][\w\-’']*\.?\s+){{0,6}}?{NAME})"
    r"(?=\s*(?:[,;:“”\"]|\.(?:\s|$)|\s+(?:who|in|at|on|during|after|when|while|to|and)\b|$))"
)
_AFTER = _COMPILED.compile(rf"\s+(?:({PRON})\b|({NAME})|({_DET_AFTER}))")
_AFTER_ROLE = _COMPILED.compile(
    r",\s+([^_;.]{3,200}?(?:\.[^\s_;.][^_;.]*?)*)(?:[.;]\s|[.;]?$|,\s+(?:who|said|according))"
)


def after(text: str, pos: int, limit: int) -> Subject | None:
    """The subject of an inverted say-verb ending at ``pos``: "said Hill, a researcher …"."""
    if named := _AFTER_NAMED.match(text, pos, limit):
        phrase = named.group(1)
        role = None
        if r := _AFTER_ROLE.match(text, named.end(1), limit):
            role = r.group(1).strip()
        phrase = _before_governed(phrase)
        bare = PAREN.sub("", phrase)  # "Howard Dean (D)"
        if looks_like_name(phrase) and bare.split()[-1][:1].isupper():
            return Subject(phrase, named.start(1), role)
    m = _AFTER.match(text, pos, limit)
    if not m:
        return None
    phrase = m.group(1) or m.group(2) or m.group(3)
    if m.group(2) and not looks_like_name(phrase):
        return None
    owned = _OWNED_NAMED.match(text, m.end(), limit) if m.group(2) else None
    if owned and looks_like_name(owned.group(2)):  # "said Hale’s opponent, Ines Marl"
        return Subject(owned.group(2), owned.start(2), f"{phrase}’s {owned.group(1)}")
    role = None
    if m.group(2) and (r := _AFTER_ROLE.match(text, m.end(), limit)):
        role = r.group(1).strip()
    named = _ROLE_NAMED.match(text, m.end(), limit) if m.group(3) else None
    if named and looks_like_name(named.group(1)):  # "said the port’s director, Tom Brandt,"
        return Subject(named.group(1), named.start(1), phrase)
    return Subject(phrase, m.start(m.lastindex or 1), role)


def _before_governed(phrase: str) -> str:
    """`phrase` cut before a short word in lower case, no name's particle, between capitals:
    "Jonas Weidmann am Dienstag", "Ana Ruiz en Madrid" (what follows it is what the word
    governs, in any language; "Pieter van der Berg" is one name, and so is a body's:
    "the Council of Oyster Growers", "Friends of the Marsh")."""
    tokens = phrase.split()
    if any(t.lower() in ORG_WORDS for t in tokens):
        return phrase
    for i in range(1, len(tokens) - 1):
        word = tokens[i]
        if (
            len(word) <= 3
            and word.isalpha()
            and word.islower()
            and word not in NAME_PARTICLES
            and word not in _NAME_GLUE
            and tokens[i - 1][:1].isupper()
            and tokens[i + 1][:1].isupper()
        ):
            head = " ".join(tokens[:i])
            return head if looks_like_name(head) else phrase
    return phrase


_NAME_GLUE = words("of for and the on")  # inside a body's name: "Friends of the Marsh"


# A role, then the name it describes between commas: "the port’s director, Tom Brandt,",
# "a spokeswoman for the water board, Ida Moss.".
_ROLE_NAMED = _COMPILED.compile(
    rf"(?:\s+(?:for|of|at)\s+[^,_;.]{{1,60}}?)?,\s+({NAME})(?=\s*(?:,|\.(?:\s|$)|$))"
)


# A name owns the role in apposition with the one who speaks: "said Hale’s opponent, Ines
# Marl" (the owner is never the subject).
_OWNED_NAMED = _COMPILED.compile(
    rf"[’']s?\s+((?:[a-z][\w\-]*\s+){{0,3}}[a-z][\w\-]*),\s+({NAME})(?=\s*(?:,|\.(?:\s|$)|$))"
)


_AT = _COMPILED.compile(rf"({PRON})\b|((?:(?:an?|the)\s+(?:[a-z]+\s+){{1,2}})?{NAME})")


def name_or_pronoun_at(text: str, pos: int, limit: int) -> Subject | None:
    """A name or pronoun starting exactly at ``pos``, perhaps described: "an angry Hollande"."""
    m = _AT.match(text, pos, limit)
    if not m or (m.group(2) and not looks_like_name(m.group(2))):
        return None
    return Subject(m.group(1) or m.group(2), pos)
