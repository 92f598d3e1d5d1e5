"""Attributions outside a quote's own sentence: a paragraph that ends in a colon hands
its speaker to the quote that opens the next one ("Ward stated: ¶ “…”"), and a sentence
that opens with a quote takes the subject of the sentence before it in the paragraph
("Bystrom agreed. “Mainstream Republicans are running out of time.”")."""

from __future__ import annotations

import re

from reader.analysis import sentences, subjects
from reader.analysis.cues import Cue, before_quote
from reader.analysis.lexicon import SAY_VERBS
from reader.analysis.speech_acts import JUDGING_VERBS

_WORD = re.compile(r"[a-z]+")
_ENDS_IN_COLON = re.compile(r":\s*$")


def lead_in(masked: str, starts: list[int]) -> Cue | None:
    """The cue of a paragraph ending in a colon, for the quote opening the next one."""
    end = len(masked.rstrip())
    if not _ENDS_IN_COLON.search(masked):
        return None
    _, start = sentences.sentence_of(starts, max(0, end - 1))
    cue = before_quote(masked, start, end)
    if cue is None or not cue.subject.phrase[:1].isupper():
        return None
    return Cue(cue.subject, cue.verb, True, cue.verb_end)


def previous_sentence(masked: str, starts: list[int], opening: int) -> Cue | None:
    """A quote that opens its sentence: the subject of the sentence before, when that
    sentence quotes nothing itself and says something of its subject ("X agreed.")."""
    i, start = sentences.sentence_of(starts, opening)
    if i == 0 or masked[start:opening].strip():
        return None
    prev = starts[i - 1]
    if "_" in masked[prev:start]:
        return None
    subject = subjects.sentence_subject(masked, prev, start)
    if subject is None or subject.phrase.lower() in ("it", "they", "we", "i"):
        return None
    words = _WORD.findall(masked[subject.start + len(subject.phrase) : start])
    verb = next((w for w in words[:6] if w in SAY_VERBS or w in JUDGING_VERBS), None)
    if verb is None and not (words and words[0].endswith(("ed", "s"))):
        return None
    return Cue(subject, verb or words[0], False, start)
