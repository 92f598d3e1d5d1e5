"""Finding quoted stretches in one block of text.

Curly marks say which way they face; a straight mark is read from its neighbours and,
when they do not tell, from whether a quote is open. A quote still open at the end of
the block runs to the end (the news convention continues it in the next paragraph when
that one opens with a quotation mark). Single marks count only where asked (headlines);
an article that quotes with single marks is rewritten first (``quote_styles``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,400}>")
_DOUBLE = re.compile(r"[\"“”]")
_SINGLE = re.compile(r"[‘’']")
_SAYING = re.compile(r"\s+(?:he|she|they|it|i|we|said|says|told|added|asked)\b")
OPENERS_BEFORE = set(" \t\n([{—–-/:;,")


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


def single_spans(text: str, whole: bool = False) -> list[Span]:
    """Single-quoted stretches; apostrophes inside words and after a plural's s are
    skipped ("don’t", "the voters’ choice"). With ``whole``, a quote still open at the
    end runs to the end, as a quote running on into the next paragraph does."""
    spans: list[Span] = []
    open_at = -1
    marks = list(_SINGLE.finditer(text))
    for n, m in enumerate(marks):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before in "'’‘" or after in "'’‘":
            continue  # ''…'': two single marks stand for a double one
        if open_at < 0:
            if m.group() != "’" and before in OPENERS_BEFORE and after.isalnum():
                open_at = i + 1
            continue
        if m.group() == "‘" or not before.strip() or after.isalnum():
            continue
        plural = before == "s" and text[i + 1 : i + 2] == " " and not _SAYING.match(text, i + 1)
        later = any(k.group() != "‘" for k in marks[n + 1 :])
        if plural and (later or (whole and _opens_paragraph(text, open_at))):
            continue  # "the voters’ choice": a plural's apostrophe, the quote closes later
        spans.append(Span(open_at, i))
        open_at = -1
    if whole and open_at >= 0 and text[open_at:].strip():
        spans.append(Span(open_at, len(text.rstrip()), closed=False))
    lead = len(text) - len(text.lstrip())
    for span in spans:
        span.opens_block = span.start == lead + 1
    return spans


def _opens_paragraph(text: str, open_at: int) -> bool:
    """A quote opening its paragraph is speech that closes after punctuation or runs on
    into the next paragraph: a plural's apostrophe in it ("the islands’ own figures")
    does not close it."""
    return not text[: open_at - 1].strip()


_QUOTE_LINE = re.compile(r"\s*[“\"‘«„»]\S+\s+\S")


def is_quote_line(text: str) -> bool:
    """A line that opens with a quotation mark and two words or more is a quote paragraph
    ("“Not negotiable.”", "“You tell me,” he said."), never a subhead; a label in marks
    ("“Related:”") is not."""
    return bool(_QUOTE_LINE.match(text)) and not text.rstrip(' "”’»“').endswith(":")


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
