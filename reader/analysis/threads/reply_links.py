"""What a comment's text points at: lines it repeats, words it echoes, quotes it makes.

``find_links`` reads one comment's whole lines against the index without knowing the
page's order (the first pass; reply_parts.py the second, inside lines); the thread
builder then keeps what points at earlier comments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.threads.reply_buckets import Hits, Match
from reader.analysis.threads.reply_index import ReplyIndex
from reader.analysis.threads.text_line import TextLine
from reader.model import Comment


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
    # Tuples, made once a pass has found them all: a page has a Links for each comment
    # with a sentence held elsewhere, alive through the index's last pass (threading's
    # peak), and a list each (two of them empty on most) was 0.3 MB of a page of twenty
    # thousand short comments.
    lines: tuple[LineHit, ...] = ()
    parts: tuple[TextHit, ...] = ()
    hits: tuple[tuple[Hits, ...] | None, ...] = ()  # per line, per sentence

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


def find_links(comment: Comment, lines: Sequence[TextLine], index: ReplyIndex) -> Links | None:
    """First pass: the whole lines this comment repeats from others; None when no
    sentence of it stands in another comment (most comments)."""
    number = comment.number
    per_line = tuple([index.line_hits(number, line) if line.shared else None for line in lines])
    if not any(per_line):
        return None
    found = []
    for line, hits in zip(lines, per_line, strict=True):
        if hits is not None:
            sources = index.line_sources(line, hits)
            if sources:
                found.append(LineHit(line, sources))
    return Links(tuple(found), hits=per_line)


def own_lines(
    comment: Comment, lines: Sequence[TextLine], links: Links | None
) -> Sequence[TextLine]:
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
