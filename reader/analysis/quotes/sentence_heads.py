"""The person a sentence is about, as the speaker of a quote: the subject of the sentence
before a quote that opens its own, when that sentence quotes nothing and says something
of its subject ("Ward agreed. “…”"), and the subject of a sentence no say-verb frames
that a quote stands in ("Vance bemoaned a climate in which people “truly hate each
other”"); not a name inside a clause, nor someone spoken to. Works on quote-masked
text."""

from __future__ import annotations

import re
from itertools import pairwise

from reader.analysis.quotes import answers, sentence_subjects, sentences, subjects
from reader.analysis.quotes.cue_words import Cue, addressed, disagrees
from reader.analysis.quotes.cues import before_quote
from reader.lexicon import ADVERBS, AUXILIARIES, JUDGING_VERBS, SAY_VERBS, words

_NO_ONE_NAMED = frozenset(["it", "they", "we", "i"])  # a subject that names no one
_WORD = re.compile(r"[a-z]+")
_ANOTHER_CLAUSE = re.compile(r",\s+but\s|;\s")


def previous_sentence(
    masked: str, starts: list[int], opening: int, answer: bool = False
) -> Cue | None:
    """A quote that opens its sentence: the subject of the sentence before, when that
    sentence quotes nothing itself and says something of its subject ("X agreed."); the
    one it puts a question to when the quote ``answer``s (``answers``)."""
    i, start = sentences.sentence_of(starts, opening)
    if i == 0 or masked[start:opening].strip():
        return None
    prev = starts[i - 1]
    if "_" in masked[prev:start]:
        return None
    if answer and (cue := answers.asked(masked, prev, start)):
        return cue
    said = before_quote(masked, prev, start)
    if said and said.verb in SAY_VERBS and said.subject.phrase[:1].isupper():
        return Cue(said.subject, said.verb, False, start)
    subject = sentence_subjects.sentence_subject(masked, prev, start)
    if subject is None or subject.phrase.lower() in _NO_ONE_NAMED:
        return None
    after = subject.start + len(subject.phrase)
    if appositive := _APPOSITIVE.match(masked, after, start):
        after = appositive.end()  # "Ash, who runs the food bank, remembers the day."
    words = _WORD.findall(masked[after:start])
    if _spoken_to(words[:6]) or _ANOTHER_CLAUSE.search(masked, after, start):
        return None  # "Ames won’t go that far, but Lee wants …": the last clause's subject
    verb = _verb_in(subject.phrase, words[:6])
    if verb is None and not (words and subjects.FINITE_WORD.fullmatch(words[0])):
        return None  # a finite verb says something of the subject: "Ash shook his head."
    return Cue(subject, verb or words[0], False, start)


_HAVE = words("has had have")
_OWNED = words("a an the no one some his her their its this that these those")
_BEFORE_BASE = AUXILIARIES | words("to and or not never")  # "went on to say", "and call"


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


# ", who was elected in 2010,", ", the museum’s director,", ", 58,"
_APPOSITIVE = re.compile(r",\s+(?:who\s[^,_]{3,160}|(?:the|a|an)\s[^,_]{3,80}|\d{1,3}),")
_CLAUSE_OPENERS = words(
    "which that who whom whose where when while if because as although though since"
)


def sentence_head(masked: str, start: int, opening: int) -> Cue | None:
    """A quote in a sentence no say-verb frames is still the words of the person the
    sentence is about, when a verb follows that person ("Vance bemoaned a climate in
    which people “truly hate each other”"); not of a name inside a clause ("The region,
    which Moscow regards as its “near abroad,”")."""
    subject = sentence_subjects.sentence_subject(masked, start, opening)
    if subject is None or subject.phrase.lower() in _NO_ONE_NAMED:
        return None
    if not subject.phrase[:1].isupper() and subject.phrase not in subjects.PRONOUNS:
        return None
    clause = masked[start : subject.start].rsplit(",", 1)[-1]  # the subject's own clause
    if any(w in _CLAUSE_OPENERS for w in _WORD.findall(clause.lower())):
        return None
    after = subject.start + len(subject.phrase)
    if appositive := _APPOSITIVE.match(masked, after, opening):
        after = appositive.end()  # "Ribble, who was elected in 2010, casts …"
    said = _WORD.findall(masked[after:opening])
    tail = [w for w in said if w not in ADVERBS]
    if _spoken_to(tail[:6]):
        return None
    verb = _verb_in(subject.phrase, tail[:6])
    if verb is None and tail and (tail[0].endswith(("ed", "s")) or tail[0] in AUXILIARIES):
        verb = tail[0]
    if verb is None and said[:1] and said[0] in _HAVE and said[1:2] and said[1] in _OWNED:
        verb = said[0]  # "Ann Lee had a message" ("had" is skipped as in "had said")
    return Cue(subject, verb, False, subject.start) if verb else None
