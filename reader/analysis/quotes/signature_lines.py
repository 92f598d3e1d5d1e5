"""A paragraph that is all quote, signed by the next one: "“…” ¶ — Ada Quill." (any
dash), "-Michelle Marks, Philadelphia.", or a line that is only a name and its role."""

from __future__ import annotations

import re

from reader.analysis.quotes import subjects_after
from reader.analysis.quotes.clause_rank import FINITE
from reader.analysis.quotes.cue_words import Cue, all_quote
from reader.lexicon import FOREIGN_SAY_VERBS

_SIGNATURE = re.compile(r"\s*[-‐‒–—―]+\s*(?=[A-Z])")  # any dash: "― Name" (U+2015) too


_FINITE = re.compile(rf"\b{FINITE}")
_AFFILIATION = re.compile(
    r"^,\s+(?:[A-Z][\w.\-’']*\s*(?:of|for|and|&)?\s*)+"
)  # ", Democracy for America"
_NAME_LINE = re.compile(r"[^.!?]{3,80}\.?\s*$")
_WORDS = re.compile(r"[^\W\d_]+")  # "sagte": a line in another language that says something


def signature(masked: str, following: str) -> Cue | None:
    """A paragraph that is all quote, signed by the next one: "“…” ¶ — Ada Quill."
    or "-Michelle Marks, Philadelphia." or a line that is only a name and its role:
    "Former party chair Ben Lowry."."""
    if not all_quote(masked):
        return None
    m = _SIGNATURE.match(following)
    name_line = m is None and _NAME_LINE.match(following) and len(following.split()) <= 8
    if not (m or name_line):
        return None
    start = m.end() if m else 0
    signed = " " + following[start:]
    subject = subjects_after.after(signed, 0, len(signed))
    if subject is None or not subject.phrase[:1].isupper():
        return None
    if name_line and (
        _AFFILIATION.sub("", signed[subject.start + len(subject.phrase) :]).strip(" .,")
        or _FINITE.search(signed, 0, subject.start + len(subject.phrase))
        or any(w.group() in FOREIGN_SAY_VERBS for w in _WORDS.finditer(following))
    ):
        return None  # a line that goes on past the name, or says something, is no signature
    subject.start += start - 1
    return Cue(subject, "—", True, start)
