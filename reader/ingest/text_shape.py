"""The shape of a line of text: its words, and whether it ends a sentence."""

from __future__ import annotations

import re

from reader.lexicon import SAY_VERBS

CJK_CHECK = 6  # lines with fewer spaced words than this may be written without spaces
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_STOPS = ".!?…:;。！？"  # a sentence ends with one of these,
# and then any of these (an opening mark too: "… worse.“" closes a quote with the wrong
# one); or with a closing quote and "," or "."
_CLOSERS = "\"”’')]」』“‘»«"


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Words, roughly: white-space separated tokens (fast; a dash counts as one). A line
    of Chinese, Japanese or Korean writes no spaces: two of its characters count as a
    word."""
    n = len(text.split())
    if n < CJK_CHECK and len(text) > 4 * n + 6 and max(text) >= "\u3040":  # maybe CJK
        cjk = sum(1 for c in text if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af")
        if cjk * 3 > len(text):
            return n + cjk // 2
    return n


def ends_sentence(text: str) -> bool:
    """Read from the end, as ``re`` reads "$": a final newline is passed over."""
    if text[-1:] == "\n":
        text = text[:-1]
    if text.endswith(('"', "”", '",', "”,", '".', "”.")):
        return True
    if text.endswith((" “", " ‘")) and len(text) > 2 and text[-3] in _STOPS:
        return True  # "… see that. “": a stray mark after the sentence
    last = text.rstrip(_CLOSERS)[-1:]
    return last != "" and last in _STOPS


_QUOTED = re.compile(r"[“\"][^“”\"]*[^\W\d_][^“”\"]*[”\"]")  # words in quotation marks


def is_reported_speech(text: str) -> bool:
    """A sentence that quotes someone with a say-verb outside the quotation, however
    short ("“You tell me,” he said.", "Hill asked, “Why now?”")."""
    if not ends_sentence(text) or (quoted := _QUOTED.search(text)) is None:
        return False
    outside = text[: quoted.start()] + " " + text[quoted.end() :]
    return any(word.lower() in SAY_VERBS for word in words(outside))


_PULL_QUOTE = re.compile(r"[“\"‘«„][^“”\"]*[^\W\d_][^“”\"]*[.!?…][”\"’»“]")


def is_pull_quote(text: str) -> bool:
    """A line that is all one quoted sentence ("“We cannot keep patching them.”"): a
    pull quote set apart between paragraphs, a part of the body. (A quoted phrase,
    "“Bandit formations”", heads a section.)"""
    return _PULL_QUOTE.fullmatch(text.strip()) is not None
