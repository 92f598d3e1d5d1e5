"""Sentence boundaries in a block whose quotes are masked, so that full stops inside a
quote do not cut the sentence that frames it, and abbreviations ("Sen.", "U.S.") do not
cut a sentence at all."""

from __future__ import annotations

import bisect
import re

from reader.analysis.quotes.name_runs import UPPER
from reader.analysis.quotes.quote_spans import Span
from reader.lexicon import ABBREVIATIONS

_END = re.compile(rf"[.!?…][\"”’)\]]*\s+(?=[\"“‘({UPPER}0-9_])")


def is_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '(“"':
        start -= 1
    word = text[start:dot].lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Amos W. Kane"
    return word in ABBREVIATIONS


def boundaries(masked_text: str, spans: list[Span], text: str) -> list[int]:
    """Offsets where sentences start (always including 0), in order."""
    starts = [0]
    for m in _END.finditer(masked_text):
        if masked_text[m.start()] == "." and is_abbreviation(masked_text, m.start()):
            continue
        starts.append(m.end())
    for span in spans:
        inner = text[span.start : span.end].rstrip()
        if span.closed and inner[-1:] in ".!?…":
            after = span.end + 1
            rest = masked_text[after : after + 3].lstrip()
            if rest[:1].isupper() or rest[:1] in '“"':
                starts.append(
                    after + (len(masked_text[after:]) - len(masked_text[after:].lstrip()))
                )
    return sorted(set(starts))


def sentence_of(starts: list[int], offset: int) -> tuple[int, int]:
    """Index and start offset of the sentence holding ``offset``."""
    i = bisect.bisect_right(starts, offset) - 1
    return i, starts[i]


def sentence_end(starts: list[int], offset: int, length: int) -> int:
    i = bisect.bisect_right(starts, offset)
    return starts[i] if i < len(starts) else length
