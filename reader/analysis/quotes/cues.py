"""The attribution of one quote inside its sentence: a say-verb and its subject before it
("Hill said he would not “…”", "Hill took offense, saying “…”", "according to Hill").
The ``Cue`` and the word tests every cue finder shares are in ``cue_words``."""

from __future__ import annotations

import re

from reader.analysis.quotes import (
    reported_clauses,
    sentence_subjects,
    subjects,
    subjects_after,
    subjects_before,
)
from reader.analysis.quotes.cue_words import (
    TELLING,
    WORD,
    Cue,
    according,
    disagrees,
    inverted_cue,
    is_noun,
    not_said,
)
from reader.analysis.quotes.participles import participle_subject
from reader.lexicon import INVERTING_VERBS, JUDGING_VERBS, PARTICIPLES, SAY_VERBS

__all__ = ["Cue", "before_quote"]

_COORDINATED = re.compile(r"\s(?:and|but|then|or)\s+(?:\w+ly\s+)?$")
_COLON = re.compile(r"[A-Za-z.)]\s*:\s*$")
_GAP = re.compile(r"(?:\s+(?:that|in\s+an?\s+\w+|on\s+\w+|in\s+a\s+statement))?\s*[,:—–]?\s*$")
_ARTICLES = frozenset(["the", "a", "an"])


def _told(text: str, floor: int, start: int) -> bool:
    """A say-verb right before ``start``, or before its article: what follows is its object
    ("told Channel Four:", "told the Gazette:")."""
    before = list(WORD.finditer(text, max(floor, start - 24), start))
    if len(before) > 1 and before[-1].group() in _ARTICLES:
        before.pop()  # "told the Gazette:": the article before the object
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


def before_quote(
    text: str, sentence_start: int, opening: int, quoted: str | None = None
) -> Cue | None:
    """A cue earlier in the quote's sentence, the nearest first (``quoted``: its words)."""
    if cue := according(text, sentence_start, opening) or _opening_verb(
        text, sentence_start, opening
    ):
        return cue
    colon = _COLON.search(text, sentence_start, opening)
    if colon and (at_colon := _at_colon(text, sentence_start, colon)):
        return at_colon
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
        if is_noun(text, sentence_start, m.start()) or not_said(text, sentence_start, m.start()):
            continue  # "Lane’s remarks", "the report": a noun, not a verb
        if agent := _passive_agent(text, sentence_start, m, opening):
            return agent
        adjacent = bool(_GAP.fullmatch(text, m.end(), opening)) and not judging
        participle = word in PARTICIPLES or (judging and word.endswith("ing"))
        if participle:
            subject = participle_subject(text, sentence_start, m.start())
        elif _COORDINATED.search(text, sentence_start, m.start()):
            subject = sentence_subjects.sentence_subject(text, sentence_start, m.start())
        else:
            subject = subjects_before.before(text, m.start(), sentence_start)
            if subject and disagrees(subject.phrase, word):
                continue  # "Which farm state is …": no verb
            told = word in TELLING  # "Pike, D-Vt., told Channel Four": an object, not inverted
            if not (subject or told) and (
                inverted := inverted_cue(text, m, sentence_start, opening)
            ):
                return inverted  # "The trouble, says Carl Dunn, an engineer, is that “…”"
        named = subject and (subject.phrase[:1].isupper() or subject.phrase in subjects.PRONOUNS)
        if judging:
            judged = Cue(subject, word, False, m.end()) if subject and named else None
            continue
        if subject and named:
            cue = Cue(subject, word, adjacent, m.end())
            return reported_clauses.reporter(text, sentence_start, cue, opening, quoted) or cue
        if subject and fallback is None:
            fallback = Cue(subject, word, adjacent, m.end())
    return fallback or judged or (colon and _colon_head(text, sentence_start, colon))


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|then\s+|also\s+)?$")
_RIGHT_BEFORE = re.compile(r"[\s,:—–]*")
_BY = re.compile(r"\s+by\s")


def _at_colon(text: str, sentence_start: int, colon: re.Match[str]) -> Cue | None:
    """A capitalised subject that ends right at the colon before the quote, no one's
    object ("Hale: “…”"; not "… told the Gazette: “…”")."""
    end = colon.start() + len(colon.group().rstrip(": "))
    subject = subjects_before.before(text, end, sentence_start)
    told = subject is not None and _told(text, sentence_start, subject.start)
    at_colon = subject is not None and subject.start + len(subject.phrase) == end
    if subject and subject.phrase[:1].isupper() and at_colon and not told:
        return Cue(subject, ":", True, colon.end())
    return None


def _passive_agent(text: str, start: int, verb: re.Match[str], opening: int) -> Cue | None:
    """A say-verb in the passive, its agent right before the quote: "Brandt was asked by
    moderator Jonas Kell, “…”": the words are the agent's (Kell asks), not Brandt's."""
    if not _PASSIVE.search(text, max(start, verb.start() - 12), verb.start()):
        return None
    by = _BY.match(text, verb.end(), opening)
    subject = subjects_after.after(text, by.end() - 1, opening) if by else None
    if subject is None or not subject.phrase.split()[-1][:1].isupper():
        return None
    if not _RIGHT_BEFORE.fullmatch(text, subject.start + len(subject.phrase), opening):
        return None  # "… was asked by Kell about the port: “…”": the answer, not Kell's
    return Cue(subject, verb.group(), True, verb.end())


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
