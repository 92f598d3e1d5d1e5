"""A block's fields but the text: what it is (its kind), its line numbers, what few
blocks carry (the page's links in it, the comment or paragraph it quotes), a comment's
own block's id kept as one number; and the fields as a writer reads them in one piece."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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


# A block's fields in the order Block declares them: its id as kept (a number for "b{n}"
# and for the ids comment_block_id gives), kind, text, line numbers, sources.
Fields = tuple[str | int, BlockKind, str, LineNumbers, "Sources | None"]


COMMENT_BLOCKS = 1 << 10  # a comment's block k of at most this many: kept as a number


def comment_block_base(comment: int) -> int | None:
    """The number a comment's block ids count down from: its block k (0 < k <
    COMMENT_BLOCKS) keeps the id "c{comment}.b{k}" as this less k; None for a comment
    whose ids are kept as text."""
    return None if comment < 0 else -comment * COMMENT_BLOCKS


def comment_block_id(comment: int, k: int) -> str | int:
    """The id "c{comment}.b{k}" of a comment's own block, as Block keeps it: a number
    (comment_block_base), 28 bytes where the string is 57 (a page of short comments has
    a hundred thousand blocks)."""
    base = comment_block_base(comment)
    if base is None or not 0 < k < COMMENT_BLOCKS:
        return f"c{comment}.b{k}"
    return base - k
