"""The line that opens a page's comment section ("34 responses to “…”", "View comments
(27)", "Comments / Commentaires"): comments found above it are none of the section's."""

from __future__ import annotations

import re
from bisect import bisect_right

from reader.ingest.comment_spans import CommentSpan
from reader.ingest.lines import Line

# The words of a section header, declared once: each stem (which the cheap test seeks)
# and the forms the pattern reads it in.
_NOUNS = {
    "comment": "comments?",
    "response": "responses?",
    "repl": "repl(?:y|ies)",
    "thought": "thoughts?",
    "reaction": "reactions?",
}
_PLACES = ("discussion", "conversation")
_STEMS = (*_NOUNS, *_PLACES)
_NOUN = "|".join(_NOUNS.values())
_SECTION_HEADER = re.compile(
    rf"^(?:\W*\d[\d,]*\s+(?:{_NOUN})\b"
    rf"|there (?:are|is) \d+ (?:{_NOUNS['comment']}|{_NOUNS['response']})"
    rf"|view (?:all )?comments\b|{_NOUNS['comment']}\s*\(\d+\)"
    rf"|(?:reader |user )?comments$|discussion$|join the (?:{'|'.join(_PLACES)})"
    rf"|.{{0,40}}\b(?:{_NOUN}) (?:on|to)"
    r" [“\"'‘][^“”\"]{1,150}[”\"'’]:?$)",
    re.IGNORECASE,
)


def _holds_section_word(lower: str) -> bool:
    """One of the stems stands in every section header _SECTION_HEADER matches."""
    return any(stem in lower for stem in _STEMS)


def is_section_header(text: str) -> bool:
    """A line that opens a comment section ("34 responses to “…”", "View comments (27)"),
    in one language or two ("Comments / Commentaires"); "… reply to “…”" ends with the
    title it names (a sentence of the article goes on past it)."""
    if len(text) >= 200:
        return False
    if text.isascii() and not _holds_section_word(text.lower()):
        return False  # the cheap test first: the pattern is slow on every line
    if _SECTION_HEADER.match(text) is not None:
        return True
    first, mark, _ = text.partition(" / ")
    return bool(mark) and _SECTION_HEADER.match(first) is not None


def section_top(lines: list[Line], spans: list[CommentSpan], at: int) -> int | None:
    """The line of the section's header, ``at`` (the page's first line a header's
    words), unless records hold such lines below their first, two records or more ("4
    replies" under each one's text): those count each record's replies, and the header
    is the first such line no record holds (None: there is none above the last record)."""
    k = bisect_right(spans, at, key=lambda span: span.start) - 1
    if k < 0 or not spans[k].start < at < spans[k].end:
        return at  # most pages: the header over the records, held by none
    counted = sum(
        any(is_section_header(lines[k].text) for k in range(span.start + 1, span.end))
        for span in spans
    )
    if counted < 2:
        return at
    inside = bytearray(len(lines))
    for span in spans:
        inside[span.start + 1 : span.end] = b"\x01" * (span.end - span.start - 1)
    heads = (k for k in range(spans[-1].start) if not inside[k])
    return next((k for k in heads if is_section_header(lines[k].text)), None)
