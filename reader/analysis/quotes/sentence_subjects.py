"""The subject at the head of a sentence: its first name or pronoun that no preposition
governs ("Ames …, saying …"; "In Redmoor, Oregon, Tate went …"). Works on quote-masked
text."""

from __future__ import annotations

import re

from reader.analysis.quotes.clause_rank import FINITE
from reader.analysis.quotes.names import looks_like_name
from reader.analysis.quotes.subjects import (
    DET,
    FINITE_WORD,
    NAME,
    PREPOSITIONS,
    PRON,
    Subject,
    role_noun,
    verb_at,
)
from reader.lexicon import FIRST_NAMES, ORG_WORDS, PLACES, words
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

_MODIFIER = _COMPILED.compile(  # a preposition, perhaps with a determiner: what follows is governed
    rf"\b(?:{'|'.join(sorted(PREPOSITIONS))})\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:([a-z]+)\s+)?$",
    re.IGNORECASE,
)
_HEAD = _COMPILED.compile(rf"\b({PRON})\b|({NAME})")


_FOLLOWED_BY_VERB = _COMPILED.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,[^,_]{3,160},)?\s+(?!(?:by|of|in|on|at|for|with|from|to)\b)[a-z]"
)


def sentence_subject(text: str, start: int, end: int) -> Subject | None:
    """The first name or pronoun of a sentence that no preposition governs; one that a
    verb follows beats one set off by commas ("In Redmoor, Oregon, Tate went …")."""
    described = _DESCRIBED_HEAD.match(text, start, end)
    if described and role_noun(described.group(2)):
        return Subject(described.group(1), described.start(1))  # "A spokeswoman for Acme …"
    first: Subject | None = None
    clause_end = opening_end(text, start, end)
    for m in _HEAD.finditer(text, start, end):
        phrase = m.group(1) or m.group(2)
        if m.start() < clause_end:
            continue  # "When Wallace left, Marsh …": a name in the opening clause
        modifier = _MODIFIER.search(text, max(start, m.start() - 40), m.start())
        if modifier and (modifier.group(1) is None or role_noun(modifier.group(1))):
            continue  # "In a KTV interview, Pike …", "with reporter Colm Brady": governed
        if m.group(2) and not looks_like_name(phrase, verb_at(text, m.end())):
            continue
        owned = _OWNED_BEFORE.search(text, max(start, m.start() - 4), m.start())
        noun = _BODY_AFTER.match(text, m.end(), end)
        if owned and noun and not FINITE_WORD.fullmatch(noun.group(1)):
            continue  # "Lee’s Idaho port manager": a word of what Lee owns
        adjective = " " not in phrase and phrase.lower().endswith(_ADJECTIVE_ENDINGS)
        adjective = adjective or phrase.lower() in PLACES  # "Ohio party chair Ann Lee"
        if adjective and (r := _ROLE_WORDS.match(text, m.end(), end)):
            role = r.group(1)
            if role not in _NOT_ROLE and not FINITE_WORD.fullmatch(role):
                continue  # "Liberal council candidate Ines Ruiz …"
        subject = Subject(phrase, m.start())
        at = m.end()
        body = _BODY_AFTER.match(text, at, end)
        the = m.start() - 4 if text[max(start, m.start() - 4) : m.start()] == "the " else -1
        the = m.start() if phrase.startswith("The ") else the
        if body and the >= 0 and _heads(phrase, body.group(1)):
            subject = Subject(text[the : body.end()], the)  # "the Cruz campaign"
            at = body.end()
        if _FOLLOWED_BY_VERB.match(text, at, end):
            return subject
        if first and _ROLE_THEN.match(text, first.start, m.start()) and text[at : at + 1] == ",":
            return subject  # "Lee’s port manager, Joe Brandt, contacted …": the role named
        first = first or subject
    return first


# A sentence opening with a described someone of a named body, then its verb: "A
# spokeswoman for Thornbury Mills declined …" (not a name later in the sentence); its
# head noun (group 2) is a role.
_DESCRIBED_HEAD = _COMPILED.compile(
    rf"\s*({DET}(?:\s+[a-z][\w\-]*){{0,2}}\s+([a-z][\w\-]*)\s+(?:for|of|at|with)\s+(?:the\s+)?{NAME})"
    rf"(?=\s+(?:[a-z]+ly\s+)?{FINITE})"
)
_BODY_AFTER = _COMPILED.compile(r"\s+([a-z]+)\b")
_OWNED_BEFORE = _COMPILED.compile(r"\w[’']s?\s+$")
_ROLE_THEN = _COMPILED.compile(r"[^,]*[’']s?\s[^,]*\b[a-z]+,\s+$")  # "Lee’s … manager, "


def _heads(name: str, word: str) -> bool:
    """The word after "the Cruz" or "the Florida" heads the phrase: "the Cruz campaign",
    "the Florida senator" (a place names no one); not a verb."""
    if word in ORG_WORDS:
        return True
    place = name.removeprefix("The ").lower() in PLACES
    return place and not (word in _NOT_ROLE or FINITE_WORD.fullmatch(word))


# A sentence opening with a clause of its own: "When the mill closed in 1998, Marsh …".
_SUBORDINATE = _COMPILED.compile(
    r"\s*(?:When|If|After|Because|While|Although|Though|Since|Before|Until|Once|Unless"
    r"|Whereas)\s"
)
# A sentence opening with a participle's clause: "Asked whether he …, Marsh …",
# "Having beaten Hale, Marsh …" (not a first name, "Alfred", "Sterling"; nor a
# preposition of that shape, "According to a study by Ann Lee, …").
_PARTICIPLE = _COMPILED.compile(r"\s*([A-Z][a-z]{2,}(?:ed|ing))\s+[a-z]")
_PREPOSITION_SHAPED = words(
    "according concerning considering during excluding following including pending regarding"
)


def opening_end(text: str, start: int, end: int) -> int:
    """Where the clause opening the sentence ends, its first comma ("When Lee left, Marsh
    …"); -1 when no such clause opens it."""
    if not (_SUBORDINATE.match(text, start, end) or _participle_opening(text, start, end)):
        return -1
    return text.find(",", start, end)


def _participle_opening(text: str, start: int, end: int) -> bool:
    m = _PARTICIPLE.match(text, start, end)
    word = m.group(1).lower() if m else ""
    return bool(word) and word not in FIRST_NAMES and word not in _PREPOSITION_SHAPED


# A capitalised adjective, lowercase role words, then a name: "Liberal council
# candidate Ines Ruiz".
_ADJECTIVE_ENDINGS = ("ic", "an", "al", "ive", "ist", "ish", "ese", "ian", "ent")
_ROLE_WORDS = _COMPILED.compile(r"\s+([a-z][\w\-’']*)(?:\s+[a-z][\w\-’']*){0,3}\s+(?=[A-Z])")
_NOT_ROLE = PREPOSITIONS | words("and or but who which that also then later during")
