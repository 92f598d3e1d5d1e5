"""The shape of a line of text: its words, and whether it ends a sentence."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_TERMINAL = re.compile(r"[.!?…:;。！？][\"”’')\]」』]*$|[\"”][.,]?$")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Words, roughly: white-space separated tokens (fast; a dash counts as one)."""
    return len(text.split())


def ends_sentence(text: str) -> bool:
    return _TERMINAL.search(text) is not None
