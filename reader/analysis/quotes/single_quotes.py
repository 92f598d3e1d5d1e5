"""Single-quoted stretches (‘…’), told apart from apostrophes inside words ("don’t")
and after a plural's s ("the voters’ choice")."""

from __future__ import annotations

import re

from reader.analysis.quotes.quote_marks import OPENERS_BEFORE, Span

_SINGLE = re.compile(r"[‘’']")
_SAYING = re.compile(r"\s+(?:he|she|they|it|i|we|said|says|told|added|asked)\b")


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
        if m.group() == "‘" or not before.strip() or after.isalnum() or _elided(text, i):
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


_ELIDED = re.compile(r"(?:^|\s)’\w$")


def _elided(text: str, i: int) -> bool:
    """A letter between two closing marks is elided on both sides ("rock ’n’ roll"): the
    mark after it ends the elision, not the quote. A longer word opened by one ("’90s’",
    "’em’") ends the quote with the mark after it."""
    return bool(_ELIDED.search(text, max(0, i - 12), i))


def _opens_paragraph(text: str, open_at: int) -> bool:
    """A quote opening its paragraph is speech that closes after punctuation or runs on
    into the next paragraph: a plural's apostrophe in it ("the islands’ own figures")
    does not close it."""
    return not text[: open_at - 1].strip()
