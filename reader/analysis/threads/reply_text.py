"""A comment's text as threading reads it: normalised, cut into sentences.

Normalising folds case, quotation marks and punctuation, so a reply that quotes
"The EU was formed…" matches "the EU was formed…," in the comment it answers.
"""

from __future__ import annotations

import re
import string

_FOLD = str.maketrans(
    {
        **dict.fromkeys(string.punctuation.replace("'", "") + "“”„‟«»‹›–—―…·•¡¿‐‑‒\u00a0", " "),
        **dict.fromkeys("'’‘ʼ"),  # apostrophes go: "don't" and "dont" are one word
    }
)
# For ASCII text: punctuation and every white space str.split() knows become spaces.
_ASCII_TO_SPACE = string.punctuation.replace("'", "").encode() + b"\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_ASCII_FOLD = bytes.maketrans(_ASCII_TO_SPACE, b" " * len(_ASCII_TO_SPACE))
_ENDS = ".!?…"  # what ends a sentence
_CLOSES = "\"”’')]"  # what may close it, after the end
_SENTENCE_END = re.compile(rf"(?<=[{_ENDS}])[{re.escape(_CLOSES)}]*\s+")
_ANY_END = re.compile(rf"[{_ENDS}][{re.escape(_CLOSES)}]*\s")
_QUOTED = re.compile(r"[“\"]([^“”\"]{6,400}?)[”\"]")
FINISHED = _ENDS + ":;" + _CLOSES  # a line ending with none of these is unfinished
START_WORDS = 4  # sentences and openings are indexed by their first four words
OPENING_WORDS = 40  # how much of a comment's beginning an echo may repeat
SHORT_ECHO = 12  # an unfinished line up to this long may quote a comment's first words


def normalise(text: str) -> str:
    """Lower-case words without punctuation or apostrophes, joined by single spaces."""
    lower = text.lower()
    if not lower.isascii():  # most often for its no-break spaces alone: _FOLD's spaces
        spaced = lower.replace("\u00a0", " ")
        if not spaced.isascii():
            return " ".join(lower.translate(_FOLD).split())
        lower = spaced
    # The same on ASCII text, done on bytes and without splitting: faster.
    return _single_spaced(lower.encode().translate(_ASCII_FOLD, b"'").decode())


def _single_spaced(text: str) -> str:
    """ " ".join(text.split()) for text whose only white space is the space."""
    text = text.strip(" ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def has_sentence_end(text: str) -> bool:
    """Whether a sentence ends inside the text (_ANY_END: an end, closers, white space)."""
    inside = text.rstrip(_ENDS + _CLOSES)  # the end of the text is no end inside it
    if "." not in inside and "!" not in inside and "?" not in inside and "…" not in inside:
        return False  # the cheap test first: the pattern tests every character
    return _ANY_END.search(text) is not None


def split_sentences(text: str) -> list[str]:
    if not has_sentence_end(text):  # most lines hold one sentence
        return [text]
    return split_at_ends(text)


def split_at_ends(text: str) -> list[str]:
    """split_sentences of a text known to hold a sentence end inside it."""
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def first_words(text: str, n: int) -> str:
    """The first n words of normalised text (all of it when shorter)."""
    words = text.split(" ", n)  # the last is the rest of the text, when there is more
    return text if len(words) <= n else text[: -len(words[n]) - 1]


def quoted_spans(text: str) -> list[str]:
    """Text a comment puts in quotation marks: “…” or "…"."""
    return [m.group(1) for m in _QUOTED.finditer(text)]


def is_unfinished(text: str) -> bool:
    """A line cut off mid-sentence ("I worry"): how a reply quotes a few words."""
    return text[-1:] not in FINISHED  # the empty text is not: "" is in every string
