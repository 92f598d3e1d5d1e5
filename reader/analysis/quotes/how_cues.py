"""A sentence after a quote that names who said it by pointing back at it: "“…” That is
how Lindqvist remembers it.", "“…” This was what Ada Hale told the board." Works on
quote-masked text."""

from __future__ import annotations

from reader.analysis.quotes.cue_words import Cue
from reader.analysis.quotes.names import looks_like_name
from reader.analysis.quotes.subjects import NAME, PRON, Subject
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

_POINTING = _COMPILED.compile(
    rf"\s*(?:That|This)(?:[’']s|\s+is|\s+was)\s+(?:how|what)\s+(?:({PRON})|({NAME}))"
    r"\s+([a-z]+)\b"
)


def pointing_back(text: str, close: int, limit: int) -> Cue | None:
    """The cue of the sentence right after a quote's closing mark at ``close`` when it
    points back at the quote ("That is how Hale put it")."""
    m = _POINTING.match(text, close, limit)
    if m is None:
        return None
    group = 1 if m.group(1) else 2
    if group == 2 and not looks_like_name(m.group(2), verb_after=True):
        return None
    return Cue(Subject(m.group(group), m.start(group)), m.group(3), True, m.end(3))
