"""The shape of a line of text: its words, and whether it ends a sentence."""

from __future__ import annotations

import re

CJK_CHECK = 6  # lines with fewer spaced words than this may be written without spaces
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_STOPS = ".!?…:;。！？"  # a sentence ends with one of these,
_CLOSERS = "\"”’')]」』"  # and then any of these; or with a closing quote and "," or "."


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
    last = text.rstrip(_CLOSERS)[-1:]
    return last != "" and last in _STOPS
