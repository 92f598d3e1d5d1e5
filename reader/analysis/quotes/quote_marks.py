"""Which way a quotation mark faces, and the double-quoted stretches of a text: curly
marks say which way they face; a straight mark is read from its neighbours and, when they
do not tell, from whether a quote is open. A quote still open at the end of the text runs
to the end."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r"[\"“”]")
OPENERS_BEFORE = set(" \t\n([{—–-/:;,")


@dataclass(slots=True)
class Span:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    closed: bool = True
    opens_block: bool = False  # the block starts with this quote's opening mark


def _faces_open(text: str, i: int, closing: bool = False) -> bool:
    """A mark with space or an opening bracket before it and a word after opens; a
    closing mark after punctuation closes (“…,”Clinton said)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if closing and before in ",.;:!?":
        return False
    return before in OPENERS_BEFORE and not after.isspace()


def _faces_close(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)—–")


def double_spans(text: str) -> list[Span]:
    """Every double-quoted stretch of ``text``, in order; in a quote opened by a straight
    mark, “…” is a quote inside it, as a pasted excerpt writes its own quotes."""
    spans: list[Span] = []
    open_at = -1
    nested = False  # inside “…” within a quote opened by a straight mark
    for m in _DOUBLE.finditer(text):
        i, mark = m.start(), m.group()
        if open_at < 0:
            if mark != "”" or _faces_open(text, i):  # else a stray closing mark
                open_at = i + 1
            continue
        turned = mark == "“" and _faces_close(text, i) and i > open_at + 1  # “…,“ said Ann
        if text[open_at - 1] == '"' and (nested or (mark == "“" and not turned)):
            nested = mark == "“"  # "… “a term of endearment” …": quoted inside the quote
            continue
        if (mark == "“" and not turned) or (
            mark == "”" and _faces_open(text, i, closing=True) and i > open_at + 1
        ):
            if text[open_at:i].strip():
                spans.append(Span(open_at, i, closed=False))
            open_at = i + 1
            continue
        spans.append(Span(open_at, i))
        open_at = -1
    if open_at >= 0 and text[open_at:].strip():
        spans.append(Span(open_at, len(text.rstrip()), closed=False))
    lead = len(text) - len(text.lstrip())
    for span in spans:
        span.opens_block = span.start == lead + 1
    return [s for s in spans if text[s.start : s.end].strip()]
