"""A paragraph written in title case is a heading inside the article ("Gloria Estrada On
Why Radio Leaves Singers Feeling “Small.”"): every word is capitalised, so a run of
capitalised words says nothing of where a name ends. Only a first name the lists know and
the capitalised word after it ("Gloria Estrada") name someone there."""

from __future__ import annotations

import re

from reader.analysis.quotes.names import gender_of_first
from reader.analysis.quotes.quote_kinds import SMALL_WORDS

_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
_PAIR = re.compile(r"\b([A-Z][a-z]+)\s+((?:[A-Z]\.\s+)?[A-Z][\w’'\-]*[a-z])")
_MIN_WORDS = 4


def is_title_case(text: str) -> bool:
    """Every word but the small ones capitalised, in a line of four words or more."""
    words = [w for w in _WORD.findall(text) if w.lower() not in SMALL_WORDS]
    return len(words) >= _MIN_WORDS and all(w[0].isupper() for w in words)


def people_in(text: str) -> list[tuple[int, str, str]]:
    """The people a heading names: (offset, "First Last", gender)."""
    out = []
    for m in _PAIR.finditer(text):
        gender = gender_of_first(m.group(1), guess=False)
        if gender:
            out.append((m.start(), f"{m.group(1)} {m.group(2)}", gender))
    return out
