"""Telling speech from scare quotes and quoted titles: a word or two with no say-verb in
reach ("near abroad"), or a capitalised title ("Morning Joe"), is not anyone's quote."""

from __future__ import annotations

import re

from reader.analysis.lexicon import words

_SMALL = words("a an the of and or in on at to for with by from as is")
_WORD = re.compile(r"[\w’'\-]+")


def is_title(text: str) -> bool:
    """Every content word capitalised: "Sean Hannity Show", "Girls, Girls, Girls"."""
    words = _WORD.findall(text)
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and len(words) <= 8 and all(w[0].isupper() for w in content)


def kind_of(text: str, cue_adjacent: bool, cue_in_sentence: bool, inherited: bool) -> str:
    """``"direct"`` for speech, ``"scare"`` for scare quotes and quoted titles."""
    words = len(text.split())
    if cue_adjacent and not (is_title(text) and words <= 3):
        return "direct"
    if words >= 6 or inherited:
        return "direct"
    if is_title(text):
        return "scare"
    if cue_in_sentence and words >= 2:
        return "direct"
    return "scare"
