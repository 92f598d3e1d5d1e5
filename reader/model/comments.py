"""A page's comments: who wrote them, their blocks, and why a reply answers its parent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.model.block_rows import BlockRows
from reader.model.blocks import COMMENT_BLOCKS, Block, BlockKind, Fields
from reader.model.comment_parts import MARKUP, EmptyAsNone, ReplyEvidence
from reader.model.row_block import CODE

if TYPE_CHECKING:
    from reader.model.document import Article

__all__ = ["MARKUP", "Comment", "ReplyEvidence"]  # the first and last: comment_parts.py


@dataclass(slots=True, init=False)
class Comment:
    """A comment of the page. Its `mentions`, `articles` and `reply_evidence` are empty
    on most comments, and a page has tens of thousands: EmptyAsNone lists (assign them).
    Its `blocks` are a list, or rows of the page's BlockRows (``keep_rows``), given as
    blocks made when asked for: change a block's fields, or assign the list."""

    number: int
    author: str | None
    parent: int | None
    _mentions: list[str] | None
    _blocks: list[Block] | BlockRows
    _span: int  # where its rows are in _blocks, when that is BlockRows (BlockRows.take)
    _articles: list[Article] | None
    date_text: str | None
    _reply_evidence: list[ReplyEvidence] | None
    kind: str  # "comment" or "pingback"; from a discussion site "deleted", "dead", "missing"
    time: str | None  # ISO 8601 in UTC, where the source gives the exact time
    score: int | None  # points, where the source shows them
    url: str | None  # the comment's own page on its site
    new: bool  # not in the thread when it was fetched before (--refresh)
    op: bool  # written by who opened the discussion (the original poster)
    mentions = EmptyAsNone[str]()  # the names of the @mentions it opens with
    articles = EmptyAsNone["Article"]()  # the articles pasted in it
    reply_evidence = EmptyAsNone[ReplyEvidence]()  # why its parent is its parent

    def __init__(
        self,
        number: int,
        author: str | None = None,
        parent: int | None = None,
        mentions: list[str] | None = None,
        blocks: list[Block] | None = None,
        articles: list[Article] | None = None,
        date_text: str | None = None,
        reply_evidence: list[ReplyEvidence] | None = None,
        kind: str = "comment",
        time: str | None = None,
        score: int | None = None,
        url: str | None = None,
        new: bool = False,
        op: bool = False,
    ) -> None:
        self.number = number
        self.author = author
        self.parent = parent
        self._mentions = mentions or None
        self._blocks = [] if blocks is None else blocks
        self._span = 0
        self._articles = articles or None
        self.date_text = date_text
        self._reply_evidence = reply_evidence or None
        self.kind = kind
        self.time = time
        self.score = score
        self.url = url
        self.new = new
        self.op = op

    @property
    def blocks(self) -> list[Block]:
        kept = self._blocks
        return kept if isinstance(kept, list) else kept.blocks(self.number, self._span)

    @blocks.setter
    def blocks(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._span = 0

    def block_at(self, k: int) -> Block:
        """``blocks[k]``, without making the others of its rows."""
        kept = self._blocks
        return kept[k] if isinstance(kept, list) else kept.block(self.number, self._span, k)

    def take_rows(self, rows: BlockRows, start: int) -> None:
        """Its blocks are the rows of the page's ``rows`` from ``start`` to the last (as
        blocks of their own when their places cannot give their ids: BlockRows.span)."""
        span = rows.span(self.number, start)
        if span is None:
            self.blocks = rows.pop(self.number, start)
        else:
            self._blocks, self._span = rows, span

    def rows(self) -> tuple[BlockRows, int, int] | None:
        """The page's rows its blocks are and where they stand (start, end); None when
        its blocks are a list of their own."""
        kept = self._blocks
        if isinstance(kept, list):
            return None
        start, count = divmod(self._span, COMMENT_BLOCKS)
        return kept, start, start + count

    def block_fields(self) -> list[Fields]:
        """Its blocks' fields (blocks.Fields), without making blocks of its rows."""
        kept = self._blocks
        if isinstance(kept, list):
            return [b.fields() for b in kept]
        return kept.fields(self.number, self._span)

    def block_texts(self) -> list[tuple[BlockKind, str]]:
        """Its blocks' kinds and texts (what reading a comment's words needs), in order."""
        kept = self._blocks
        if isinstance(kept, list):
            return [(b.kind, b.text) for b in kept]
        return kept.texts_of(self._span)

    def places_of(self, mask: bytes) -> list[tuple[int, str]]:
        """The place in its blocks and the text of each block of a kind the mask marks
        (block_rows.kind_mask), in order."""
        kept = self._blocks
        if isinstance(kept, list):
            return [(k, b.text) for k, b in enumerate(kept) if mask[CODE[b.kind]]]
        return kept.places_of(self._span, mask)

    def first_of(self, kind: BlockKind) -> tuple[int, str] | None:
        """The place in its blocks and the text of its first block of a kind, if any."""
        kept = self._blocks
        if isinstance(kept, list):
            return next(((k, b.text) for k, b in enumerate(kept) if b.kind is kind), None)
        return kept.first_of(self._span, kind)

    def held_lists(
        self,
    ) -> tuple[list[ReplyEvidence] | None, list[str] | None, list[Article] | None]:
        """Its reply evidence, mentions and pasted articles, None for each that is empty: in
        one call and no empty list made (a writer of a page's many comments reads them)."""
        return self._reply_evidence, self._mentions, self._articles

    @property
    def text(self) -> str:
        return "\n\n".join(text for kind, text in self.block_texts() if kind is not BlockKind.META)
