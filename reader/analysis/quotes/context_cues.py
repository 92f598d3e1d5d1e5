"""Attributions outside a quote's own sentence: a paragraph that ends in a colon hands
its speaker to the quote that opens the next one ("Ward stated: ¶ “…”"), and a sentence
that opens with a quote takes the subject of the sentence before it in the paragraph
("Ward agreed. “The ferry will not wait for us.”"); a paragraph of quote signed by the
next one (``signature_lines``)."""

from __future__ import annotations

import re
from itertools import pairwise

from reader.analysis.quotes import sentence_subjects, sentences, subjects
from reader.analysis.quotes.cue_words import Cue, addressed, disagrees
from reader.analysis.quotes.cues import before_quote
from reader.analysis.quotes.signature_lines import signature
from reader.lexicon import ADVERBS, JUDGING_VERBS, SAY_VERBS, words

__all__ = [
    "lead_in",
    "narrated",
    "previous_sentence",
    "reported",
    "sentence_head",
    "signature",
]

_WORD = re.compile(r"[a-z]+")
_ENDS_IN_COLON = re.compile(r":\s*$")


def lead_in(masked: str, starts: list[int]) -> Cue | None:
    """The cue of a paragraph ending in a colon, for the quote opening the next one."""
    end = len(masked.rstrip())
    if not _ENDS_IN_COLON.search(masked):
        return None
    _, start = sentences.sentence_of(starts, max(0, end - 1))
    cue = before_quote(masked, start, end)
    if cue is None or (cue.verb == ":" and not cue.subject.phrase[:1].isupper()):
        return None  # "the website notes:" speaks; "the following:" does not
    return Cue(cue.subject, cue.verb, True, cue.verb_end)


def reported(masked: str, starts: list[int]) -> Cue | None:
    """A paragraph ending in reported speech, quoting nothing in its last sentence, for
    the quote opening the next one: "Ash argued in her letter that the vote had no notice.
    ¶ “Given that, …”"."""
    start = starts[-1]
    end = len(masked.rstrip())
    if "_" in masked[start:end]:
        return None
    cue = _main_cue(masked, start, end) or before_quote(masked, start, end)
    if cue is None or cue.verb not in SAY_VERBS:
        return None
    phrase = cue.subject.phrase
    if not (phrase[:1].isupper() or phrase in subjects.PRONOUNS):
        return None
    return Cue(cue.subject, cue.verb, False, cue.verb_end)


def narrated(masked: str, starts: list[int]) -> Cue | None:
    """A paragraph ending in a sentence about someone named, quoting nothing, for the
    quote with no cue that opens the next one: "Ward, who sells boats, expects to lose.
    ¶ “A month is the whole summer.”" (the person the narration brought in speaks)."""
    start = starts[-1]
    end = len(masked.rstrip())
    if "_" in masked[start:end]:
        return None
    cue = sentence_head(masked, start, end)
    if cue is None or cue.subject.phrase in subjects.PRONOUNS:
        return None
    if cue.subject.phrase.lower() in ADVERBS:
        return None  # "Often, visitors did not …": no one
    return Cue(cue.subject, cue.verb, False, cue.verb_end)


def _main_cue(masked: str, start: int, end: int) -> Cue | None:
    """The first say-verb of a sentence and its subject: the one who reports, not someone
    in what is reported ("CNN reported that Petraeus testifies …")."""
    for m in _WORD.finditer(masked, start, end):
        if m.group() in SAY_VERBS:
            cue = before_quote(masked, start, m.end())
            return cue if cue and cue.verb == m.group() else None
    return None


def previous_sentence(masked: str, starts: list[int], opening: int) -> Cue | None:
    """A quote that opens its sentence: the subject of the sentence before, when that
    sentence quotes nothing itself and says something of its subject ("X agreed.")."""
    i, start = sentences.sentence_of(starts, opening)
    if i == 0 or masked[start:opening].strip():
        return None
    prev = starts[i - 1]
    if "_" in masked[prev:start]:
        return None
    said = before_quote(masked, prev, start)
    if said and said.verb in SAY_VERBS and said.subject.phrase[:1].isupper():
        return Cue(said.subject, said.verb, False, start)
    subject = sentence_subjects.sentence_subject(masked, prev, start)
    if subject is None or subject.phrase.lower() in ("it", "they", "we", "i"):
        return None
    words = _WORD.findall(masked[subject.start + len(subject.phrase) : start])
    if _spoken_to(words[:6]):
        return None
    verb = _verb_in(subject.phrase, words[:6])
    if verb is None and not (words and words[0].endswith(("ed", "s"))):
        return None
    return Cue(subject, verb or words[0], False, start)


_AUXILIARIES = words(
    "did does do has had have is was were are will would could can should may might"
)
_BEFORE_BASE = _AUXILIARIES | words("to and or not never")  # "went on to say", "and call"


def _spoken_to(tail: list[str]) -> bool:
    """ "Ames was asked, “…”": the words are someone else's."""
    return any(addressed(a, b) for a, b in pairwise(tail))


def _verb_in(subject: str, tail: list[str]) -> str | None:
    """The first say- or judging verb of ``tail`` (the words after ``subject``); a base
    form only after "to", an auxiliary or "and" ("Tell me which farm state …")."""
    for i, word in enumerate(tail):
        if word not in SAY_VERBS and word not in JUDGING_VERBS:
            continue
        if not disagrees(subject, word) or (i and tail[i - 1] in _BEFORE_BASE):
            return word
    return None


_APPOSITIVE = re.compile(r",\s+who\s[^,_]{3,160},")  # ", who was elected in 2010,"
_CLAUSE_OPENERS = words(
    "which that who whom whose where when while if because as although though since"
)


def sentence_head(masked: str, start: int, opening: int) -> Cue | None:
    """A quote in a sentence no say-verb frames is still the words of the person the
    sentence is about, when a verb follows that person ("Vance bemoaned a climate in
    which people “truly hate each other”"); not of a name inside a clause ("The region,
    which Moscow regards as its “near abroad,”")."""
    subject = sentence_subjects.sentence_subject(masked, start, opening)
    if subject is None or subject.phrase.lower() in ("it", "they", "we", "i"):
        return None
    if not subject.phrase[:1].isupper() and subject.phrase not in subjects.PRONOUNS:
        return None
    clause = masked[start : subject.start].rsplit(",", 1)[-1]  # the subject's own clause
    if any(w in _CLAUSE_OPENERS for w in _WORD.findall(clause.lower())):
        return None
    after = subject.start + len(subject.phrase)
    if appositive := _APPOSITIVE.match(masked, after, opening):
        after = appositive.end()  # "Ribble, who was elected in 2010, casts …"
    tail = [w for w in _WORD.findall(masked[after:opening]) if w not in ADVERBS]
    if _spoken_to(tail[:6]):
        return None
    verb = _verb_in(subject.phrase, tail[:6])
    if verb is None and not (tail and (tail[0].endswith(("ed", "s")) or tail[0] in _AUXILIARIES)):
        return None
    return Cue(subject, verb or tail[0], False, subject.start)
