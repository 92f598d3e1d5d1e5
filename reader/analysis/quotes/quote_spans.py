"""Finding quoted stretches in one block of text.

Curly marks say which way they face; a straight mark is read from its neighbours and,
when they do not tell, from whether a quote is open. A quote still open at the end of
the block runs to the end (the news convention continues it in the next paragraph when
that one opens with a quotation mark). Single marks count only where asked (headlines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,400}>")
_DOUBLE = re.compile(r"[\"“”]")
_SINGLE = re.compile(r"[‘’']")
_OPENERS_BEFORE = set(" \t\n([{—–-/:;,")


@dataclass(slots=True)
class Span:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    closed: bool = True
    opens_block: bool = False  # the block starts with this quote's opening mark


def mask_tags(text: str) -> str:
    """Blank out markup left in copied text (<tweet id="…">) so its quotes are not read."""
    if "<" not in text:
        return text
    return _TAG.sub(lambda m: " " * len(m.group()), text)


def _faces_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPENERS_BEFORE and not after.isspace()


def double_spans(text: str) -> list[Span]:
    """Every double-quoted stretch of ``text``, in order."""
    spans: list[Span] = []
    open_at = -1
    for m in _DOUBLE.finditer(text):
        i, mark = m.start(), m.group()
        if open_at < 0:
            if mark != "”" or _faces_open(text, i):  # else a stray closing mark
                open_at = i + 1
            continue
        if mark == "“" or (mark == "”" and _faces_open(text, i) and i > open_at + 1):
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


def single_spans(text: str) -> list[Span]:
    """Single-quoted stretches, as headlines and subtitles use them; apostrophes skipped."""
    spans: list[Span] = []
    open_at = -1
    for m in _SINGLE.finditer(text):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if open_at < 0:
            if m.group() != "’" and before in _OPENERS_BEFORE and after.isalnum():
                open_at = i + 1
        elif m.group() != "‘" and before.strip() and not after.isalnum():
            spans.append(Span(open_at, i))
            open_at = -1
    return spans


def find_spans(text: str, singles: bool = False) -> list[Span]:
    """Quoted stretches of a block; with ``singles``, single-quoted ones too."""
    text = mask_tags(text)
    spans = double_spans(text)
    if singles:
        taken = [(s.start, s.end) for s in spans]
        for span in single_spans(text):
            if not any(a <= span.start < b for a, b in taken):
                spans.append(span)
        spans.sort(key=lambda s: s.start)
    return spans


def masked(text: str, spans: list[Span]) -> str:
    """``text`` with tags blanked and each quote's inside replaced by underscores."""
    text = mask_tags(text)
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append("_" * (span.end - span.start))
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)
