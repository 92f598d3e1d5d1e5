"""The document a page becomes: an article, its blocks, quotes, speakers and comments.

Every non-blank line of the input belongs to exactly one block; a block records the
input line numbers it was made from (``lines``), so nothing is ever dropped, and
site chrome is kept as ``boilerplate`` blocks that the reader may show or hide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar, overload


class BlockKind(StrEnum):
    """What a block is. The JSON carries the value."""

    TITLE = "title"  # the headline
    SUBTITLE = "subtitle"  # the dek / standfirst under the headline
    TIMESTAMP = "timestamp"  # a date or time line ("Today, 12:54 am")
    SECTION = "section"  # a section label or kicker above the headline ("ELECTIONS")
    BYLINE = "byline"  # "By A and B"
    PARAGRAPH = "paragraph"  # body prose
    HEADING = "heading"  # a subhead inside the body
    CAPTION = "caption"  # a photo or video caption, with its credit
    PROMO = "promo"  # a teaser for other content: related articles, videos
    QUOTE = "quote"  # in a comment: lines quoted from an earlier comment
    SOURCE = "source"  # a copyright / source line ("© 2022 POLITICO LLC")
    META = "meta"  # comment chrome: author line, date line
    CODE = "code"  # preformatted text (a comment's code), its line breaks kept
    BOILERPLATE = "boilerplate"  # site chrome: navigation, "Leave a Reply", counters


@dataclass(frozen=True, slots=True)
class Link:
    """A link of the page: the words linked and where they lead (an absolute URL)."""

    text: str
    url: str


LineNumbers = int | tuple[int, ...]  # one line's number, or the numbers of none or several


@dataclass(slots=True)
class Sources:
    """What few blocks have: the comment or paragraph quoted, the page's links."""

    source_comment: int | None = None
    source_block: str | None = None
    links: tuple[Link, ...] = ()


@dataclass(slots=True, init=False)
class Block:
    """A paragraph, a heading, a caption…: `lines` are the 1-based input line numbers it
    was made from. A page holds hundreds of thousands, so a block is kept small: the
    numbers are kept as `line_numbers`, the one number of a one-line block (most blocks)
    or a tuple, and `lines` gives them as a list; an article's own block "b7" keeps its
    id as the number 7; what few blocks have (`source_comment`, `source_block`, `links`)
    is kept apart."""

    _id: str | int  # the id, n for the id "b{n}", or a comment's block (comment_block_id)
    kind: BlockKind
    text: str
    line_numbers: LineNumbers
    sources: Sources | None  # None on most blocks

    def __init__(
        self,
        id: str | int,
        kind: BlockKind,
        text: str,
        lines: LineNumbers | list[int] = (),
        source_comment: int | None = None,
        source_block: str | None = None,
        links: tuple[Link, ...] = (),
    ) -> None:
        """``id``: the block's id, or n for "b{n}" (the article's blocks, made in order)."""
        self._id = id
        self.kind = kind
        self.text = text
        self.line_numbers = lines if type(lines) is int else _packed(lines)
        if source_comment is None and source_block is None and not links:
            self.sources = None
        else:
            self.sources = Sources(source_comment, source_block, links)

    @property
    def id(self) -> str:
        id = self._id
        if isinstance(id, str):
            return id
        if id >= 0:
            return f"b{id}"
        comment, k = divmod(-id, COMMENT_BLOCKS)
        return f"c{comment}.b{k}"

    @property
    def lines(self) -> list[int]:
        numbers = self.line_numbers
        return [numbers] if isinstance(numbers, int) else list(numbers)

    @lines.setter
    def lines(self, numbers: list[int]) -> None:
        self.line_numbers = _packed(numbers)

    @property
    def source_comment(self) -> int | None:
        """For QUOTE blocks: the comment quoted."""
        sources = self.sources
        return None if sources is None else sources.source_comment

    @source_comment.setter
    def source_comment(self, number: int | None) -> None:
        self._set_sources().source_comment = number

    @property
    def source_block(self) -> str | None:
        """In a comment: the article paragraph it quotes (its id)."""
        sources = self.sources
        return None if sources is None else sources.source_block

    @source_block.setter
    def source_block(self, block_id: str | None) -> None:
        self._set_sources().source_block = block_id

    @property
    def links(self) -> tuple[Link, ...]:
        """The page's links whose words are in this block (HTML)."""
        sources = self.sources
        return () if sources is None else sources.links

    @links.setter
    def links(self, links: tuple[Link, ...]) -> None:
        self._set_sources().links = links

    def _set_sources(self) -> Sources:
        if self.sources is None:
            self.sources = Sources()
        return self.sources


COMMENT_BLOCKS = 1 << 10  # a comment's block k of at most this many: kept as a number


def comment_block_id(comment: int, k: int) -> str | int:
    """The id "c{comment}.b{k}" of a comment's own block, as Block keeps it: the number
    -(comment * COMMENT_BLOCKS + k), 28 bytes where the string is 57 (a page of short
    comments has a hundred thousand blocks)."""
    if comment < 0 or not 0 < k < COMMENT_BLOCKS:
        return f"c{comment}.b{k}"
    return -(comment * COMMENT_BLOCKS + k)


def _packed(numbers: LineNumbers | list[int]) -> LineNumbers:
    if isinstance(numbers, int):
        return numbers
    return numbers[0] if len(numbers) == 1 else tuple(numbers)


@dataclass(slots=True)
class Quote:
    id: str
    block: str  # id of the block holding the quote
    start: int  # character offsets into the block's text, quotation marks excluded
    end: int
    text: str
    speaker: str | None  # canonical speaker name
    cue: str | None  # the attribution verb or phrase ("said", "according to")
    kind: str = "direct"  # "direct" or "scare"
    repeats: str | None = None  # a headline quote: the id of the body quote it repeats


@dataclass(slots=True)
class Speaker:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    description: str | None = None  # the role the article gives
    kind: str = "person"  # "person" or "organisation"
    quotes: list[str] = field(default_factory=list)  # quote ids, in order


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


@dataclass(slots=True)
class Article:
    title: str | None = None
    subtitle: str | None = None
    timestamp_text: str | None = None
    published: str | None = None  # ISO date
    site: str | None = None
    dateline: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    source: str | None = None
    blocks: list[Block] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    comment_order: str | None = None  # "oldest-first", "newest-first" or None
    url: str | None = None  # the page's own address, when it says it (HTML: canonical link)

    def block(self, block_id: str) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.kind is BlockKind.PARAGRAPH]

    def embedded(self) -> list[Article]:
        return [a for c in self.comments for a in c.articles]


@dataclass(slots=True)
class Discussion:
    """A thread a discussion site gives whole (Hacker News, Lobsters, Mastodon, a blog's
    comment feed): where it is, who opened it, and the opening post's own text when the
    article is another page. Its comments are the article's."""

    url: str  # the discussion's own page, for the browser
    site: str = ""  # the site's name as people write it: "Hacker News", "mastodon.social"
    title: str | None = None
    author: str | None = None  # who opened it: the original poster
    time: str | None = None  # ISO 8601 in UTC
    score: int | None = None  # the story's points, where the source has them
    comment_count: int = 0  # the comments, deleted and missing ones not counted
    article_url: str | None = None  # the page discussed, when it is another page
    blocks: list[Block] = field(default_factory=list)  # the opening post's text beside it


@dataclass(slots=True)
class Document:
    article: Article
    input_name: str  # the path given, or "-" for standard input
    line_count: int = 0
    encoding: str = "utf-8"
    source_kind: str = "text"  # "text", "html", or the discussion site ("hackernews", …)
    discussion: Discussion | None = None
    warnings: list[str] = field(default_factory=list)  # one line each: what went not quite well
