"""The cue and what every cue finder shares: the ``Cue`` itself, whether a say-word is
a noun ("the report"), whether a verb agrees with its subject, whether the subject is
spoken to ("was asked"), "according to Hill" and a say-verb inverted after a comma
("“…” in the primary, said professor Ray Dunn")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.quotes import subjects_after
from reader.analysis.quotes.subjects import Subject, role_noun
from reader.lexicon import INVERTING_VERBS, SAY_BASES, VERB_BASES

WORD = re.compile(r"[A-Za-z]+")
_ACCORDING = re.compile(r"[Aa]ccording to\s+")
_NOUN_BEFORE = re.compile(r"(?:[’']s?|\b(?:the|his|her|their|its|a|an|these|those|this|[Oo]f))\s+$")
_ADJECTIVE_BEFORE = re.compile(r"\b[A-Z][a-z]+[^s\W]\s+$")  # "a Democratic state"
_A_WORD_BEFORE = re.compile(r"\b[Aa]n?\s+(?!few\b)[\w\-’']+\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_NOT_SAID = re.compile(r"\b(?:will|would|could|can|may|might|must|should|to)\s+$")
_BE_FORMS = frozenset(["was", "were", "is", "are", "been", "being"])
_ADDRESSED = frozenset(["asked", "told", "pressed", "urged"])  # "Ames was asked, “…”"
TELLING = frozenset(["told", "tells", "asked", "asks"])  # their object is the one spoken to


def addressed(before: str, verb: str) -> bool:
    """ "was asked", "were told": the subject is spoken to, not speaking."""
    return verb in _ADDRESSED and before in _BE_FORMS


def is_noun(text: str, floor: int, word: int) -> bool:
    """The say-verb at ``word`` is a noun: "the report", "Lane’s remarks", "secretary of
    state", "a Democratic state" (its last few words before, not before ``floor``), or,
    in its base form, the first word of a role: "the regional fire chief", "longtime state
    senator Ann Roe" (a verb has no role noun right after it)."""
    if _NOUN_BEFORE.search(text, max(floor, word - 24), word) is not None:
        return True
    base = WORD.match(text, word)
    after = _NEXT_WORD.match(text, base.end()) if base and base.group() in SAY_BASES else None
    if after and role_noun(after.group(1)):
        return True
    after_capital = _ADJECTIVE_BEFORE.search(text, max(floor, word - 24), word)
    after_a = _A_WORD_BEFORE.search(text, max(floor, word - 30), word)  # "a sharp retort"
    return bool(base and base.group() in SAY_BASES and (after_capital or after_a))


_PLURAL_PRONOUNS = frozenset(["I", "we", "We", "they", "They", "you", "You"])


def disagrees(subject: str, verb: str) -> bool:
    """A say-verb in its base form after a singular name is no verb of that name: "Tell
    me which farm state …", "Former US secretary of state …" ("Hill state" is no
    clause; "Democrats say", "they say" are)."""
    last = subject.split()[-1]
    singular = last[:1].isupper() and not last.endswith("s") and last not in _PLURAL_PRONOUNS
    return singular and verb in VERB_BASES


def not_said(text: str, floor: int, word: int) -> bool:
    """The say-verb at ``word`` tells of no speech made: "Marsh will continue to be …",
    "a chance to respond"."""
    return _NOT_SAID.search(text, max(floor, word - 12), word) is not None


@dataclass(slots=True)
class Cue:
    subject: Subject
    verb: str  # "said", "according to"
    adjacent: bool  # attached to the quote, not merely in its sentence
    verb_end: int = 0  # where the verb ends in the block text


def according(text: str, pos: int, end: int) -> Cue | None:
    m = _ACCORDING.search(text, pos, end)
    if not m:
        return None
    subject = subjects_after.after(text, m.end() - 1, end)
    return Cue(subject, "according to", False, m.end()) if subject else None


def inverted_cue(text: str, verb: re.Match[str], pos: int, limit: int) -> Cue | None:
    """ "“…” in the primary, said professor Ray Dunn": a say-verb after a comma, its
    subject after it."""
    if verb.group() not in INVERTING_VERBS or not text[pos : verb.start()].rstrip().endswith(","):
        return None
    subject = subjects_after.after(text, verb.end(), limit)
    if subject is None or not subject.phrase.split()[-1][:1].isupper():
        return None
    return Cue(subject, verb.group(), False, verb.end())


def all_quote(masked: str) -> bool:
    """A paragraph that is all quote, its quotes masked: nothing but the masks, quote
    marks and the punctuation round them."""
    return not masked.strip(" _“”\"‘’'.,")
