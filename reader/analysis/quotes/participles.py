"""Who does the "saying" of a participle before a quote ("Hill took offense, saying
“…”", "with Ames calling it “…”"). Works on quote-masked text."""

from __future__ import annotations

import re

from reader.analysis.quotes import sentence_subjects, subjects, subjects_before
from reader.analysis.quotes.cue_words import WORD, is_noun
from reader.analysis.quotes.names import looks_like_name
from reader.analysis.quotes.subjects import Subject
from reader.lexicon import PARTICIPLES, SAY_VERBS

_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?$")
_WITH_NAME = re.compile(r"\bwith\s+[^,;_]{2,60}$")
_WITH_NAMED = re.compile(rf"\bwith\s+({subjects.NAME})\s+(?:[a-z]+ly\s+)?$")


def participle_subject(text: str, start: int, verb: int) -> Subject | None:
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
