"""Threading's second pass over a comment's lines, once openings are indexed: the
sentences and quoted spans inside lines that echo another comment's opening or repeat
one of its sentences (reply_links.py holds the whole lines, the first pass)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.analysis.threads.reply_buckets import Hits
from reader.analysis.threads.reply_index import MIN_QUOTE_WORDS, ReplyIndex
from reader.analysis.threads.reply_links import Links, TextHit
from reader.analysis.threads.reply_text import SHORT_ECHO, is_unfinished, normalise, quoted_spans
from reader.analysis.threads.text_line import TextLine
from reader.model import Comment

_INLINE_WORDS = 8  # an unmarked sentence inside a line: shorter ones are stock phrases


def find_parts(
    comment: Comment, lines: Sequence[TextLine], index: ReplyIndex, links: Links | None
) -> Links | None:
    """Second pass, once openings are indexed: echoes and quoted sentences inside lines.

    Returns the links, made when the comment had none and this pass finds some.
    """
    per_line = links.hits if links is not None else (None,) * len(lines)
    matched = {id(hit.line) for hit in links.lines} if links is not None else ()
    parts: list[TextHit] = []  # (the first pass finds no parts: links.parts is empty)
    several = len(lines) > 1
    for line, hits in zip(lines, per_line, strict=True):
        if hits is None and not line.echoed and not line.alone:
            continue  # no sentence held elsewhere or opening another comment: most lines
        if id(line) in matched:
            continue
        text = line.text
        if several and line.words <= SHORT_ECHO and is_unfinished(text):
            targets = dict(index.echoes(comment.number, line.norm))
            if targets:
                parts.append(TextHit("echo", text, line, targets, whole_line=True))
                continue
        _find_parts(comment.number, line, hits, index, parts)
    if links is None:
        return Links(parts=tuple(parts)) if parts else None
    if parts:
        links.parts = tuple(parts)
    return links


def _find_parts(
    number: int,
    line: TextLine,
    hits: tuple[Hits, ...] | None,
    index: ReplyIndex,
    parts: list[TextHit],
) -> None:
    """Sentences and quoted spans of a line that echo an opening or repeat a sentence."""
    if hits is None:  # no sentence stands elsewhere: only echoes of openings
        hits = tuple([{} for _ in line.sentences])
    if len(hits) == 1:  # most lines hold one sentence: no pairs to walk
        sentences: Iterable[tuple[str, str, str, Hits]] = (
            (line.raw[0], line.norm, line.start, hits[0]),
        )
    else:
        sentences = zip(line.raw, line.sentences, line.starts, hits, strict=True)
    for raw, norm, start, found in sentences:
        if found or index.is_opening(start):  # else neither a quote nor an echo: most
            _find_part(number, line, raw, norm, start, found, index, parts)
    text = line.text
    if '"' in text or "“" in text:  # what a quoted span needs
        for raw in quoted_spans(text):
            _find_part(number, line, raw, normalise(raw), "", None, index, parts)


def _find_part(
    number: int,
    line: TextLine,
    raw: str,
    norm: str,
    start: str,
    found: Hits | None,
    index: ReplyIndex,
    parts: list[TextHit],
) -> None:
    """One sentence (``found``: its hits) or quoted span (None) of a line."""
    quoted = found is None
    words = norm.count(" ") + 1 if norm else 0
    if words < MIN_QUOTE_WORDS:
        return
    echoes = index.echoes(number, norm, start)
    if echoes:
        targets = {n: longer or quoted for n, longer in echoes}
        parts.append(TextHit("echo", raw, line, targets))
    elif words >= _INLINE_WORDS or quoted:
        if found is None:
            found = index.quote_hits(number, norm)
        if found:
            parts.append(TextHit("quote", raw, line, dict.fromkeys(found, quoted)))
