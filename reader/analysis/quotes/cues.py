"""The attribution of one quote inside its sentence: a say-verb and its subject before it
("Hill said he would not “…”", "Hill took offense, saying “…”", "according to Hill"), and
what the cues after a quote share (``after_cues``): the cue itself, a say-word that is a
noun, a verb that does not agree, an inverted verb."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.quotes import sentence_subjects, subjects, subjects_after, subjects_before
from reader.analysis.quotes.names import looks_like_name
from reader.analysis.quotes.subjects import Subject
from reader.lexicon import (
    INVERTING_VERBS,
    JUDGING_VERBS,
    PARTICIPLES,
    SAY_BASES,
    SAY_VERBS,
    VERB_BASES,
)

WORD = re.compile(r"[A-Za-z]+")
_ACCORDING = re.compile(r"[Aa]ccording to\s+")
_COORDINATED = re.compile(r"\s(?:and|but|then|or)\s+(?:\w+ly\s+)?$")
_COLON = re.compile(r"[A-Za-z.)]\s*:\s*$")
_NOUN_BEFORE = re.compile(r"(?:[’']s?|\b(?:the|his|her|their|its|a|an|these|those|this|[Oo]f))\s+$")
_GAP = re.compile(r"(?:\s+(?:that|in\s+an?\s+\w+|on\s+\w+|in\s+a\s+statement))?\s*[,:—–]?\s*$")


_ADJECTIVE_BEFORE = re.compile(r"\b[A-Z][a-z]+[^s\W]\s+$")  # "a Democratic state"
_A_WORD_BEFORE = re.compile(r"\b[Aa]n?\s+(?!few\b)[\w\-’']+\s+$")
_NOT_SAID = re.compile(r"\b(?:will|would|could|can|may|might|must|should|to)\s+$")
_BE_FORMS = frozenset(["was", "were", "is", "are", "been", "being"])
_ADDRESSED = frozenset(["asked", "told", "pressed", "urged"])  # "Ames was asked, “…”"
_TELLING = frozenset(["told", "tells", "asked", "asks"])  # their object is the one spoken to


def addressed(before: str, verb: str) -> bool:
    """ "was asked", "were told": the subject is spoken to, not speaking."""
    return verb in _ADDRESSED and before in _BE_FORMS


def is_noun(text: str, floor: int, word: int) -> bool:
    """The say-verb at ``word`` is a noun: "the report", "Lane’s remarks", "secretary of
    state", "a Democratic state" (its last few words before, not before ``floor``)."""
    if _NOUN_BEFORE.search(text, max(floor, word - 24), word) is not None:
        return True
    base = WORD.match(text, word)
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


def _not_said(text: str, floor: int, word: int) -> bool:
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


_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?$")
_WITH_NAME = re.compile(r"\bwith\s+[^,;_]{2,60}$")
_WITH_NAMED = re.compile(rf"\bwith\s+({subjects.NAME})\s+(?:[a-z]+ly\s+)?$")


def _participle_subject(text: str, start: int, verb: int) -> Subject | None:
    """Who does the "saying" of a participle: the subject of "is calling", the name of
    "with Ames calling it …", the subject of the sentence's own say-verb ("Dorsey said
    …, adding"), else the sentence's subject."""
    if aux := _PROGRESSIVE.search(text, start, verb):
        return subjects_before.before(text, aux.start(), start)
    if _WITH_NAME.search(text, start, verb):
        subject = subjects_before.before(text, verb, start)
        if subject and subject.phrase[:1].isupper():
            return subject
        named = _WITH_NAMED.search(text, start, verb)  # "with Vukic noting": governed
        if named and looks_like_name(named.group(1), verb_after=True):
            return Subject(named.group(1), named.start(1))
    for m in reversed(list(WORD.finditer(text, start, verb))):
        finite = m.group() in SAY_VERBS and m.group() not in PARTICIPLES
        noun = is_noun(text, start, m.start())
        if finite and not noun and (subject := subjects_before.before(text, m.start(), start)):
            return subject
    return sentence_subjects.sentence_subject(text, start, verb)


def _told(text: str, floor: int, start: int) -> bool:
    """A say-verb right before ``start``: what follows is its object ("told Channel Four:")."""
    before = list(WORD.finditer(text, max(floor, start - 20), start))
    if not before or before[-1].group() not in SAY_VERBS:
        return False
    return not is_noun(text, floor, before[-1].start())  # not "secretary of state Ann Lee:"


_OPENING_VERB = re.compile(r"\s*([A-Z][a-z]+)(?=\s)")


def _opening_verb(text: str, sentence_start: int, opening: int) -> Cue | None:
    """A sentence opening with its say-verb: "Said Rosa Perez, who grew up there, “…”"."""
    m = _OPENING_VERB.match(text, sentence_start, opening)
    if m is None or m.group(1).lower() not in INVERTING_VERBS:
        return None
    subject = subjects_after.after(text, m.end(), opening)
    if subject is None or not subject.phrase[:1].isupper():
        return None
    return Cue(subject, m.group(1).lower(), False, m.end())


def before_quote(text: str, sentence_start: int, opening: int) -> Cue | None:
    """A cue earlier in the quote's sentence, the nearest first."""
    if cue := according(text, sentence_start, opening) or _opening_verb(
        text, sentence_start, opening
    ):
        return cue
    if colon := _COLON.search(text, sentence_start, opening):
        end = colon.start() + len(colon.group().rstrip(": "))
        subject = subjects_before.before(text, end, sentence_start)
        told = subject is not None and _told(text, sentence_start, subject.start)
        at_colon = subject is not None and subject.start + len(subject.phrase) == end
        if subject and subject.phrase[:1].isupper() and at_colon and not told:
            return Cue(subject, ":", True, colon.end())
    if right_before := _verb_before(text, sentence_start, opening):
        return right_before
    words = list(WORD.finditer(text, sentence_start, opening))
    fallback: Cue | None = None
    judged: Cue | None = None
    for m in reversed(words):
        word = m.group()
        judging = word not in SAY_VERBS
        if judging and (judged or word not in JUDGING_VERBS):
            continue
        if is_noun(text, sentence_start, m.start()) or _not_said(text, sentence_start, m.start()):
            continue  # "Lane’s remarks", "the report": a noun, not a verb
        adjacent = bool(_GAP.fullmatch(text, m.end(), opening)) and not judging
        participle = word in PARTICIPLES or (judging and word.endswith("ing"))
        if participle:
            subject = _participle_subject(text, sentence_start, m.start())
        elif _COORDINATED.search(text, sentence_start, m.start()):
            subject = sentence_subjects.sentence_subject(text, sentence_start, m.start())
        else:
            subject = subjects_before.before(text, m.start(), sentence_start)
            if subject and disagrees(subject.phrase, word):
                continue  # "Which farm state is …": no verb
            told = word in _TELLING  # "Pike, D-Vt., told Channel Four": an object, not inverted
            if not (subject or told) and (
                inverted := inverted_cue(text, m, sentence_start, opening)
            ):
                return inverted  # "The trouble, says Carl Dunn, an engineer, is that “…”"
        named = subject and (subject.phrase[:1].isupper() or subject.phrase in subjects.PRONOUNS)
        if judging:
            judged = Cue(subject, word, False, m.end()) if subject and named else None
            continue
        if subject and named:
            return Cue(subject, word, adjacent, m.end())
        if subject and fallback is None:
            fallback = Cue(subject, word, adjacent, m.end())
    return fallback or judged or (colon and _colon_head(text, sentence_start, colon))


# A verb in the past right before a quote's comma or colon: "Hillary shot back, “…”",
# "Hill quipped: “…”" (not the present: "his Twitter followers, “…”").
_VERB_BEFORE = re.compile(
    r"(?:\s+[a-z]+ly)?\s+([a-z]{2,}ed|shot|fired|hit|struck|wrote|spoke"
    r"|told|said)(?:\s+(?:back|out|up|in|on))?\s*[,:]\s*$"
)


def _verb_before(text: str, sentence_start: int, opening: int) -> Cue | None:
    """ "Hillary shot back, “…”": a name, any verb, a comma or colon, the quote."""
    m = _VERB_BEFORE.search(text, max(sentence_start, opening - 40), opening)
    if m is None:
        return None
    subject = subjects_before.before(text, m.start(), sentence_start)
    if (
        subject is None
        or not subject.phrase[:1].isupper()
        or subject.start + len(subject.phrase) < m.start() - 1
    ):
        return None
    return Cue(subject, m.group(1), True, m.end(1))


def _colon_head(text: str, sentence_start: int, colon: re.Match[str]) -> Cue | None:
    """A sentence ending in a colon before the quote, with no say-verb: its subject speaks
    ("Mosman saw the words differently: “…”")."""
    subject = sentence_subjects.sentence_subject(text, sentence_start, colon.start())
    if subject and subject.phrase[:1].isupper():
        return Cue(subject, ":", True, colon.end())
    return None
