"""What a comment's text points at: lines it repeats, words it echoes, quotes it makes.

``find_links`` reads one comment against the index without knowing the page's order;
the thread builder then keeps what points at earlier comments.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.analysis.threads.reply_buckets import Hits, Match
from reader.analysis.threads.reply_index import MIN_QUOTE_WORDS, ReplyIndex
from reader.analysis.threads.reply_lines import TextLine
from reader.analysis.threads.reply_text import SHORT_ECHO, is_unfinished, normalise, quoted_spans
from reader.model import Comment

_INLINE_WORDS = 8  # an unmarked sentence inside a line: shorter ones are stock phrases


@dataclass(slots=True)
class LineHit:
    """A whole line of the comment found in other comments: a quoted line."""

    line: TextLine
    sources: dict[int, Match]


@dataclass(slots=True)
class TextHit:
    """Part of a line found elsewhere: an echo of an opening, or a quoted sentence."""

    kind: str  # "echo" or "quote"
    text: str  # as the comment writes it
    line: TextLine
    targets: dict[int, bool]  # comment -> the hit says which of the two quotes the other
    whole_line: bool = False


@dataclass(slots=True)
class Links:
    lines: list[LineHit] = field(default_factory=list)
    parts: list[TextHit] = field(default_factory=list)
    hits: list[list[Hits] | None] = field(default_factory=list)  # per line, per sentence

    def __bool__(self) -> bool:
        """Whether the comment repeats anything of another."""
        return bool(self.lines or self.parts)

    def directed(self) -> set[int]:
        """Comments this one must answer (it holds a part of their longer text)."""
        found = {n for hit in self.lines for n, m in hit.sources.items() if m.directed}
        found.update(n for hit in self.parts for n, d in hit.targets.items() if d)
        return found

    def undirected(self) -> set[int]:
        return {n for hit in self.lines for n, m in hit.sources.items() if not m.directed}


def find_links(comment: Comment, lines: list[TextLine], index: ReplyIndex) -> Links | None:
    """First pass: the whole lines this comment repeats from others; None when no
    sentence of it stands in another comment (most comments)."""
    number = comment.number
    per_line = [index.line_hits(number, line) if line.shared else None for line in lines]
    if not any(per_line):
        return None
    links = Links(hits=per_line)
    for line, hits in zip(lines, per_line, strict=True):
        if hits is not None:
            sources = index.line_sources(line, hits)
            if sources:
                links.lines.append(LineHit(line, sources))
    return links


def own_lines(comment: Comment, lines: list[TextLine], links: Links | None) -> list[TextLine]:
    """The lines that are the comment's own words: not lines it quotes from others."""
    if links is None or not links.lines:
        return lines
    quoted = {
        id(hit.line)
        for hit in links.lines
        for n, m in hit.sources.items()
        if m.directed or comment.mentions
    }
    return [line for line in lines if id(line) not in quoted]


def find_parts(
    comment: Comment, lines: list[TextLine], index: ReplyIndex, links: Links | None
) -> Links | None:
    """Second pass, once openings are indexed: echoes and quoted sentences inside lines.

    Returns the links, made when the comment had none and this pass finds some.
    """
    per_line = links.hits if links is not None else [None] * len(lines)
    matched = {id(hit.line) for hit in links.lines} if links is not None else ()
    parts = links.parts if links is not None else []
    several = len(lines) > 1
    for line, hits in zip(lines, per_line, strict=True):
        if hits is None and not line.echoed and not line.alone:
            continue  # no sentence held elsewhere or opening another comment: most lines
        if id(line) in matched:
            continue
        text = line.block.text
        if several and line.words <= SHORT_ECHO and is_unfinished(text):
            targets = dict(index.echoes(comment.number, line.norm))
            if targets:
                parts.append(TextHit("echo", text, line, targets, whole_line=True))
                continue
        _find_parts(comment.number, line, hits, index, parts)
    if links is None and parts:
        return Links(parts=parts)
    return links


def _find_parts(
    number: int, line: TextLine, hits: list[Hits] | None, index: ReplyIndex, parts: list[TextHit]
) -> None:
    """Sentences and quoted spans of a line that echo an opening or repeat a sentence."""
    if hits is None:  # no sentence stands elsewhere: only echoes of openings
        hits = [{} for _ in line.sentences]
    if len(hits) == 1:  # most lines hold one sentence: no pairs to walk
        sentences: Iterable[tuple[str, str, str, Hits]] = (
            (line.raw[0], line.norm, line.start, hits[0]),
        )
    else:
        sentences = zip(line.raw, line.sentences, line.starts, hits, strict=True)
    for raw, norm, start, found in sentences:
        if found or index.is_opening(start):  # else neither a quote nor an echo: most
            _find_part(number, line, raw, norm, start, found, index, parts)
    text = line.block.text
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
