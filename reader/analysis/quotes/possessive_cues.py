"""A quote inside someone's words named as a noun: "Hale's claim that the ferry “loses
money”", "in Hale's words, “…”", "Hale's “every ferry on time” promise". The owner of the
words speaks. Works on quote-masked text."""

from __future__ import annotations

from reader.analysis.quotes.cue_words import WORD, Cue
from reader.analysis.quotes.names import looks_like_name
from reader.analysis.quotes.subjects import NAME, Subject
from reader.lexicon import SAY_VERBS, SPEECH_NOUNS, STATEMENT_NOUNS
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

# The owner right before the noun, perhaps with two modifiers: "Ada Hale’s repeated claim".
_OWNER = _COMPILED.compile(rf"({NAME})[’']s?\s+(?:[a-z][\w\-]*\s+){{0,2}}$")
_OWNER_BEFORE_QUOTE = _COMPILED.compile(rf"({NAME})[’']s?\s*$")
# Between the noun and the quote: its content, a "that" clause with no other quote, or
# a colon or comma ("Hale’s words: “…”"). Not a verb: in "Hale’s remarks were “…”" or
# "called Hale’s remarks “…”" the quote judges the words, it does not give them.
_CONTENT = _COMPILED.compile(r"\s*[:,]\s*|\s+that\s+[^_]*")
_REACH = 120


def _is_speech_noun(word: str) -> bool:
    return word in SPEECH_NOUNS or word in STATEMENT_NOUNS or word in SAY_VERBS


def _owner(text: str, floor: int, end: int) -> Subject | None:
    m = _OWNER.search(text, max(floor, end - 80), end)
    if m is None or not looks_like_name(m.group(1)):
        return None
    return Subject(m.group(1), m.start(1))


def owned_before(text: str, sentence_start: int, opening: int) -> Cue | None:
    """The nearest speech noun before the quote in its sentence, owned by a name:
    "Hale’s claim that the ferry “…”", "in Hale’s words, “…”"."""
    floor = max(sentence_start, opening - _REACH)
    for m in reversed(list(WORD.finditer(text, floor, opening))):
        word = m.group()
        if not _is_speech_noun(word):
            continue
        owner = _owner(text, sentence_start, m.start())
        if owner and _CONTENT.fullmatch(text, m.end(), opening):
            return Cue(owner, word, False, m.end())
        return None  # the nearest speech word is someone else's, or a verb
    return None


def owned_around(text: str, sentence_start: int, opening: int, close: int) -> Cue | None:
    """A quote between a possessive name and a speech noun: "Hale’s “…” promise"."""
    m = _OWNER_BEFORE_QUOTE.search(text, max(sentence_start, opening - 60), opening)
    noun = WORD.match(text, close + 1) if text[close : close + 1] == " " else None
    if m is None or noun is None or not _is_speech_noun(noun.group()):
        return None
    if not looks_like_name(m.group(1)):
        return None
    return Cue(Subject(m.group(1), m.start(1)), noun.group(), True, noun.end())
