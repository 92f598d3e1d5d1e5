"""The document a page becomes: an article, its blocks, quotes, speakers and comments
(the blocks in blocks.py, the comments in comments.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.model.blocks import Block, BlockKind
from reader.model.comments import Comment


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
