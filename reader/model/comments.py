"""A page's comments: who wrote them, their blocks, and why a reply answers its parent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from reader.model.blocks import Block, BlockKind

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
    on most comments, and a page has tens of thousands: EmptyAsNone lists (assign them)."""

    number: int
    author: str | None
    parent: int | None
    _mentions: list[str] | None
    blocks: list[Block]
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
        self.blocks = [] if blocks is None else blocks
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
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks if b.kind is not BlockKind.META)
