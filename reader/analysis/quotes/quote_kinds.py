"""Telling speech from scare quotes and quoted titles: a word or two with no say-verb in
reach ("near abroad"), or a capitalised title ("Morning Joe"), is not anyone's quote."""

from __future__ import annotations

import re

from reader.analysis.quotes.lexicon import words

_SMALL = words("a an the of and or in on at to for with by from as is")
_TITLE_LEADS = words("on in at titled entitled named dubbed about of from called")
_WORD = re.compile(r"[\w’'\-]+")


def is_title(text: str) -> bool:
    """Every content word capitalised: "Sean Hannity Show", "Girls, Girls, Girls"."""
    words = _WORD.findall(text)
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and len(words) <= 8 and all(w[0].isupper() for w in content)


def kind_of(
    text: str, cue_adjacent: bool, cue_in_sentence: bool, inherited: bool, lead: str = ""
) -> str:
    """``"direct"`` for speech, ``"scare"`` for scare quotes and quoted titles.

    ``lead`` is the word before the opening mark: a title after "on", "in" or "titled"
    ("appeared on “Morning Coffee Hour”") is named, not quoted, whatever the sentence says.
    A quote in a sentence that attributes it to someone is theirs, however short
    ("Trump called them “fools”")."""
    words = len(text.split())
    title = is_title(text)
    if cue_adjacent and not (title and words <= 3):
        return "direct"
    if words >= 6 or inherited:
        return "direct"
    if title and (lead.lower() in _TITLE_LEADS or not cue_in_sentence):
        return "scare"
    return "direct" if cue_in_sentence else "scare"
