"""What n / N step through: a speaker's quotes, the comments holding a search, or the
article's search hits, one at a time, wrapping round. Plain Python, no Textual.

The reading screen keeps one `Marks`; `walks()` says which list the next key press moves
in, given where the reader is; `Steps.step()` gives the item and `where()` its "2/5".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from reader.model import Article, Block, Speaker

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Span:
    """A range of a block's text: a search hit or a quote to highlight."""

    block: str
    start: int
    end: int


class Steps(Generic[T]):
    """A list walked one item at a time, either way, wrapping round; none chosen at first."""

    def __init__(self, items: Iterable[T] = (), index: int = -1) -> None:
        self.items: list[T] = list(items)
        self.index = index

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def step(self, step: int) -> T:
        """The next (1) or previous (-1) item; the first step forward gives the first."""
        self.index = (self.index + step) % len(self.items)
        return self.items[self.index]

    @property
    def current(self) -> T | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    def where(self) -> str:
        return f"{self.index + 1}/{len(self.items)}"


def quote_spans(article: Article, speaker: Speaker) -> list[Span]:
    """The speaker's quotes that are in this article, in the speaker's order: an
    embedded article's own speaker of that name (its quotes are numbered apart)."""
    if all(s is not speaker for s in article.speakers):
        same = (s for s in article.speakers if s.name == speaker.name)
        speaker = next(same, Speaker("", speaker.name))
    quotes = {q.id: q for q in article.quotes}
    found = [quotes[i] for i in speaker.quotes if i in quotes]
    return [Span(q.block, q.start, q.end) for q in found]


@dataclass
class Marks:
    """The reader's marks: search hits in the article, comment hits, the speaker followed."""

    hits: Steps[Span] = field(default_factory=Steps)
    comment_hits: Steps[int] = field(default_factory=Steps)
    comment_term: str | None = None
    speaker: Speaker | None = None
    quote_index: int = -1  # the speaker's quote last shown, in `quoted`
    quoted: Article | None = None  # the article of that quote (each pane has its list)

    def walks(self, on_comments: bool) -> str | None:
        """What n/N moves through now: "quotes", "comments", "hits", or None (nothing)."""
        if self.speaker is not None:
            return "quotes"
        if self.comment_hits and (on_comments or not self.hits):
            return "comments"
        return "hits" if self.hits else None

    def follow(self, speaker: Speaker) -> None:
        """Follow a speaker's quotes from the first, forgetting other marks (``unfollow``
        stops following and keeps the search hits)."""
        self.clear()
        self.speaker = speaker

    def unfollow(self) -> None:
        """Stop following the speaker; the article's search hits stay (painted, walked)."""
        self.speaker, self.quote_index, self.quoted = None, -1, None

    def quotes(self, article: Article) -> Steps[Span]:
        """The followed speaker's quotes in `article`, at the one last shown."""
        spans = quote_spans(article, self.speaker) if self.speaker else []
        return Steps(spans, self.quote_index if spans and article is self.quoted else -1)

    def clear(self) -> None:
        self.hits, self.comment_hits, self.comment_term = Steps(), Steps(), None
        self.unfollow()

    @property
    def any(self) -> bool:
        return bool(self.hits or self.comment_hits or self.speaker)


def find_all(blocks: Iterable[Block], needle: str) -> list[Span]:
    """Every case-insensitive occurrence of `needle` in the blocks, in order."""
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    return [Span(b.id, m.start(), m.end()) for b in blocks for m in pattern.finditer(b.text)]
