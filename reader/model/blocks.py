"""A document's blocks: a paragraph, a heading, a caption…, each with the input lines
it was made from.

Every non-blank line of the input belongs to exactly one block; a block records the
input line numbers it was made from (``lines``), so nothing is ever dropped, and
site chrome is kept as ``boilerplate`` blocks that the reader may show or hide.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.model.block_fields import (
    COMMENT_BLOCKS,
    BlockKind,
    Fields,
    LineNumbers,
    Link,
    Sources,
    comment_block_base,
    comment_block_id,
)

__all__ = [  # a block's fields are declared in block_fields.py
    "COMMENT_BLOCKS",
    "Block",
    "BlockKind",
    "Fields",
    "LineNumbers",
    "Link",
    "Sources",
    "comment_block_base",
    "comment_block_id",
]


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

    def fields(self) -> Fields:
        """Its id as kept (a number for "b{n}" and comment_block_id's), kind, text, line
        numbers and sources: what a writer reads of it, in one call."""
        return self._id, self.kind, self.text, self.line_numbers, self.sources

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


def _packed(numbers: LineNumbers | list[int]) -> LineNumbers:
    if isinstance(numbers, int):
        return numbers
    return numbers[0] if len(numbers) == 1 else tuple(numbers)
