"""A page's comments: who wrote them, their blocks, and why a reply answers its parent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from reader.model.block_rows import CODE, BlockRows
from reader.model.blocks import Block, BlockKind, Fields

if TYPE_CHECKING:
    from reader.model.document import Article


MARKUP = "markup"  # the evidence of a parent the page's own markup gave: threading keeps it


@dataclass(slots=True)
class ReplyEvidence:
    kind: str  # "mention", "quote", "echo", or MARKUP (a reply nested in the page's markup)
    comment: int  # the comment the evidence points to
    matched: str  # what matched: the @name, the quoted line, the echoed words


T = TypeVar("T")


class EmptyAsNone(Generic[T]):
    """A list attribute of a class a page has many of, kept in the slot "_name" as None
    while empty (an empty list is 56 bytes). Reading an empty one gives a new empty list:
    assign it; what is appended to that list is lost."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.slot = f"_{name}"

    @overload
    def __get__(self, instance: None, owner: type) -> EmptyAsNone[T]: ...

    @overload
    def __get__(self, instance: object, owner: type) -> list[T]: ...

    def __get__(self, instance: object | None, owner: type) -> list[T] | EmptyAsNone[T]:
        if instance is None:
            return self
        kept: list[T] | None = getattr(instance, self.slot)
        return kept or []

    def __set__(self, instance: object, value: list[T]) -> None:
        setattr(instance, self.slot, value or None)


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

    @property
    def text(self) -> str:
        return "\n\n".join(text for kind, text in self.block_texts() if kind is not BlockKind.META)
