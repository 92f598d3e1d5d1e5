"""Sentences that name who said a quote by pointing at it rather than with a say-verb:
after it ("“…” That is how Vasko remembers it.", "“…” The warning came from harbourmaster
Ines Falk, …", and the shapes of the next paragraph's: "“…” So says Ada Quill", "That was
the verdict of …"), in the paragraph after a lone quote ("“…” ¶ So says Ada Quill, who
runs the clinic.", "Those are the words of Ada Quill"), or before it ("Here was Falk at the
spring meeting: “…”", "As engineer Tomasz Okonkwo put it to the members, “…”"). Works on
quote-masked text."""

from __future__ import annotations

import re

from reader.analysis.quotes.cue_words import Cue, all_quote
from reader.analysis.quotes.names import looks_like_name, parse_mention
from reader.analysis.quotes.subjects import NAME, PRON, Subject
from reader.lexicon import SPEECH_NOUNS
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

_ROLE_WORDS = r"(?:[a-z][\w\-’']*\s+){0,3}"  # "analyst", "council member"
# The words that open a sentence about the words just quoted: "That is", "This was",
# "Those are", "Such were".
_THESE = r"(?:That|This|Those|These|Such)"
_THAT_IS = rf"{_THESE}(?:[’']s\b|\s+(?:is|was|are|were)\b)"
_POINTING = _COMPILED.compile(rf"\s*{_THAT_IS}\s+(?:how|what)\s+(?:({PRON})|({NAME}))\s+([a-z]+)\b")
_WORDS_OF = "|".join(sorted(SPEECH_NOUNS))  # "the verdict of"; not "the end of"
_WORDS_FROM = "|".join(sorted(SPEECH_NOUNS - {"view"}))  # not "the view from the ridge"
_BACK = _COMPILED.compile(  # not a bare "That is a worry …": how, what, the words, or
    # whose they are: "That was the verdict of", "This is the answer from"
    rf"\s*(?:{_THAT_IS}\s+(?:how|what|the\s+words?|the\s+(?:{_WORDS_OF})\s+of|the\s+(?:{_WORDS_FROM})\s+from)\b"
    rf"|{_THESE}\s+words?\b|So\s+(?:says?|said|writes?|wrote)\b|The\s+words\b)"
)
_NAME = _COMPILED.compile(NAME)
_SENTENCE_END = _COMPILED.compile(r"[.!?;](?:\s|$)")
_FROM = _COMPILED.compile(
    r"\s*(?:That|This|The)\s+(?:quote|remark|line|comment|warning|assessment)\s+"
    rf"(?:came\s+|is\s+|was\s+)?(from)\s+{_ROLE_WORDS}({NAME})"
)
_HERE = _COMPILED.compile(
    rf"(?:^|\s)Here(?:[’']s|\s+is|\s+was)\s+{_ROLE_WORDS}({NAME})[^:.;_]*:\s*$"
)
_AS = _COMPILED.compile(
    rf"^\s*As\s+{_ROLE_WORDS}({NAME})\s+([a-z]+ed|put|wrote|said|told)\b[^.;:_]*,\s*$"
)


def pointing_back(text: str, close: int, limit: int) -> Cue | None:
    """The cue of the sentence right after a quote's closing mark at ``close`` when it
    points back at the quote ("That is how Hale put it", "The warning came from Hale")."""
    if m := _FROM.match(text, close, limit):
        return _cue(m, 2, 1, True)
    m = _POINTING.match(text, close, limit)
    if m is None:
        return _pointed_at(text, close, limit)
    return _cue(m, 1 if m.group(1) else 2, 3, True)


def _pointed_at(text: str, close: int, limit: int) -> Cue | None:
    """The person named in the sentence after a quote that points back at its words as
    the next paragraph may ("“…” That was the verdict of Ida Moss, …", "So says …")."""
    back = _BACK.match(text, close, limit)
    if back is None:
        return None
    end = _SENTENCE_END.search(text, back.end(), limit)
    return _first_person(text, back.end(), end.end() if end else limit)


def referred(masked: str, following: str, starts: list[int]) -> Cue | None:
    """The person the paragraph after (``following``, quotes masked, its sentences
    starting at ``starts``) a lone, uncued quote names first in its opening
    sentence, when that sentence points back to the quote."""
    if not all_quote(masked):
        return None
    back = _BACK.match(following)
    if back is None:
        return None
    end = starts[1] if len(starts) > 1 else len(following)
    return _first_person(following, back.end(), end)


def _first_person(text: str, start: int, end: int) -> Cue | None:
    """The first person named in ``text[start:end]`` as the cue of the words pointed at."""
    for name in _NAME.finditer(text, start, end):
        mention = parse_mention(name.group())
        if mention is not None and mention.kind == "person":
            return Cue(Subject(name.group(), name.start()), "says", False, name.end())
    return None


def presenting(text: str, start: int, opening: int) -> Cue | None:
    """The cue of a sentence from ``start`` that presents the quote opening at
    ``opening``: "Here was Falk at the meeting: “…”", "As Okonkwo put it to them, “…”"."""
    if m := _HERE.search(text, start, opening):
        return _cue(m, 1, 1, True, "here is")
    if m := _AS.match(text, start, opening):
        return _cue(m, 1, 2, False)
    return None


def _cue(m: re.Match[str], who: int, verb: int, adjacent: bool, said: str = "") -> Cue | None:
    phrase = m.group(who)
    if phrase[:1].isupper() and not looks_like_name(phrase, verb_after=True):
        return None
    return Cue(Subject(phrase, m.start(who)), said or m.group(verb), adjacent, m.end(verb))
