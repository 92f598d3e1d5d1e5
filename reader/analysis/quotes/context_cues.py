"""Attributions outside a quote's own sentence: a paragraph that ends in a colon hands
its speaker to the quote that opens the next one ("Ward stated: ¶ “…”"), and a sentence
that opens with a quote takes the subject of the sentence before it in the paragraph
("Ward agreed. “The ferry will not wait for us.”", ``sentence_heads``); a paragraph of
quote signed by the next one (``signature_lines``)."""

from __future__ import annotations

import re

from reader.analysis.quotes import (
    answers,
    sentence_heads,
    sentence_subjects,
    sentences,
    subjects,
)
from reader.analysis.quotes.cue_words import Cue
from reader.analysis.quotes.cues import before_quote
from reader.analysis.quotes.sentence_heads import previous_sentence, sentence_head
from reader.analysis.quotes.signature_lines import signature
from reader.lexicon import ADVERBS, SAY_VERBS

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


def reported(masked: str, starts: list[int], answer: bool = False) -> Cue | None:
    """A paragraph ending in reported speech, quoting nothing in its last sentence, for
    the quote opening the next one: "Ash argued in her letter that the vote had no notice.
    ¶ “Given that, …”"; a question reported ("Ash asked Bo Lee whether …") is answered
    by the one asked, when the quote ``answer``s (``answers``)."""
    start = starts[-1]
    end = len(masked.rstrip())
    if "_" in masked[start:end]:
        return None
    if answer and (cue := answers.asked(masked, start, end)):
        return cue
    opening = sentence_subjects.opening_end(masked, start, end)
    main = opening + 1 if opening >= 0 else start  # "When Lee left, Park argued that …"
    cue = _main_cue(masked, main, end) or before_quote(masked, main, end)
    if cue is None or cue.verb not in SAY_VERBS:
        return None
    phrase = cue.subject.phrase
    if not (phrase[:1].isupper() or phrase in subjects.PRONOUNS):
        return None
    return Cue(cue.subject, cue.verb, False, cue.verb_end)


def narrated(masked: str, starts: list[int], answer: bool = False) -> Cue | None:
    """A paragraph ending in a sentence about someone named, quoting nothing, for the
    quote with no cue that opens the next one: "Ward, who sells boats, expects to lose.
    ¶ “A month is the whole summer.”" (the person the narration brought in speaks); when
    the quote ``answer``s (asks nothing) and the sentence puts a question to someone
    named, that one (``answers``)."""
    start = starts[-1]
    end = len(masked.rstrip())
    if "_" in masked[start:end]:
        return None
    if answer and (cue := answers.asked(masked, start, end)):
        return cue
    cue = sentence_heads.sentence_head(masked, start, end)  # not bench/ablate's switch of it
    if cue is None or cue.subject.phrase in subjects.PRONOUNS:
        return None
    if cue.subject.phrase.lower() in ADVERBS:
        return None  # "Often, visitors did not …": no one
    return Cue(cue.subject, cue.verb, False, cue.verb_end)


def _main_cue(masked: str, start: int, end: int) -> Cue | None:
    """The first say-verb of a sentence's main clause and its subject: the one who
    reports, not someone in what is reported ("CNN reported that Petraeus testifies …"),
    nor in a clause opening the sentence (``start`` is after it)."""
    for m in _WORD.finditer(masked, start, end):
        if m.group() in SAY_VERBS:
            cue = before_quote(masked, start, m.end())
            return cue if cue and cue.verb == m.group() else None
    return None
