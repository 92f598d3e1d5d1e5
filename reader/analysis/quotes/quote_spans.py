"""Finding quoted stretches in one block of text, markup left in copied text blanked:
double-quoted ones (``quote_marks``: which way a mark faces). A quote still open at the
end of the block runs to the end (the news convention continues it in the next paragraph
when that one opens with a quotation mark). Single marks (``single_quotes``) count only
where asked (headlines); an article that quotes with single marks is rewritten first
(``quote_styles``). Also: the block with its quotes masked, and whether a line is a quote.
"""

from __future__ import annotations

import re

from reader.analysis.quotes.quote_marks import Span, double_spans
from reader.analysis.quotes.single_quotes import single_spans

__all__ = ["Span", "find_spans", "is_quote_line", "masked"]

_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,400}>")


def mask_tags(text: str) -> str:
    """Blank out markup left in copied text (<tweet id="…">) so its quotes are not read."""
    if "<" not in text:
        return text
    return _TAG.sub(lambda m: " " * len(m.group()), text)


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
    """``text`` with tags blanked and each quote's inside replaced by underscores; a
    nickname inside a name blanked with its marks, so the name reads whole ("Robert
    “Bobby” Tran": Robert Tran)."""
    text = mask_tags(text)
    parts: list[str] = []
    pos = 0
    for span in spans:
        if _nickname(text, span):
            parts.append(text[pos : span.start - 1] + " " * (span.end - span.start + 2))
            pos = span.end + 1
            continue
        parts.append(text[pos : span.start])
        parts.append("_" * (span.end - span.start))
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


_FIRST_NAME_BEFORE = re.compile(r"\b[A-Z][\w\-]*\s$")  # not a possessive: "King’s “It”"
_SURNAME_AFTER = re.compile(r"\s[A-Z]")


def _nickname(text: str, span: Span) -> bool:
    """One or two capitalised words quoted between two capitalised words (the cheap
    tests around the quote first: the quote's words are split only between two names)."""
    if not (span.closed and _SURNAME_AFTER.match(text, span.end + 1) is not None):
        return False
    if _FIRST_NAME_BEFORE.search(text, max(0, span.start - 40), span.start - 1) is None:
        return False
    inner = text[span.start : span.end].split()
    return 0 < len(inner) <= 2 and all(
        w[:1].isupper() and w.replace("-", "").isalpha() for w in inner
    )
