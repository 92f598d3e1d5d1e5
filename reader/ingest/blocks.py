"""Building blocks out of lines, with ids that say where they sit in the document."""

from __future__ import annotations

from collections.abc import Iterable

from reader.ingest.lines import Line
from reader.model import Block, BlockKind, Comment, comment_block_id
from reader.model.blocks import COMMENT_BLOCKS, comment_block_base


class BlockMaker:
    """Numbers blocks "b1", "b2", … under a prefix ("c5.a1." for an embedded article);
    a comment's own blocks ``comment=5``: "c5.b1", "c5.b2", …"""

    def __init__(self, prefix: str = "", comment: int | None = None) -> None:
        self.prefix = prefix if comment is None else f"c{comment}."
        self.comment = comment
        self.count = 0
        # A comment's block k has the id base - k (comment_block_id), for k under
        # COMMENT_BLOCKS: worked out here once, not by a call a block.
        self.base = None if comment is None else comment_block_base(comment)
        # The numbers of a line joined from several (rewrap.py: a wrapped copy's), by
        # its number: its block keeps them all.
        self.joined: dict[int, tuple[int, ...]] = {}

    def _id(self, n: int) -> str | int:
        """Block n's id as Block keeps it: an id with no prefix as its number, a comment's
        as comment_block_id's (a number is half the memory of "b123", "c5.b2")."""
        if self.comment is not None:
            return comment_block_id(self.comment, n)
        return f"{self.prefix}b{n}" if self.prefix else n

    def make(self, kind: BlockKind, lines: list[Line], text: str | None = None) -> Block:
        n = self.count = self.count + 1
        # Positional arguments: the dataclass is built several times faster so.
        base = self.base
        id = base - n if base is not None and n < COMMENT_BLOCKS else self._id(n)
        joined = self.joined
        if len(lines) == 1:  # most blocks: nothing to join, no list to walk
            line = lines[0]
            number = joined.get(line.number, line.number) if joined else line.number
            return Block(id, kind, line.text if text is None else text, number)
        if text is None:
            text = " ".join([line.text for line in lines])
        if joined:
            numbers = [n for line in lines for n in joined.get(line.number, (line.number,))]
            return Block(id, kind, text, tuple(numbers))
        return Block(id, kind, text, tuple([line.number for line in lines]))

    def add(
        self, comment: Comment, kind: BlockKind, lines: list[Line], text: str | None = None
    ) -> None:
        """make's block appended to the comment's blocks (RowMaker's, for a list)."""
        comment.blocks.append(self.make(kind, lines, text))

    def add_each(self, comment: Comment, kind: BlockKind, lines: list[Line]) -> None:
        """make_each's blocks appended to the comment's blocks."""
        comment.blocks.extend(self.make_each(kind, lines))

    def make_each(self, kind: BlockKind, lines: list[Line]) -> list[Block]:
        """One block per line: the same blocks as make() line by line, built in one go."""
        before = self.count
        self.count += len(lines)
        numbers = range(before + 1, self.count + 1)
        base = self.base
        ids: Iterable[str | int]
        if base is not None and self.count < COMMENT_BLOCKS:
            ids = range(base - before - 1, base - self.count - 1, -1)
        else:
            ids = map(self._id, numbers) if self.prefix else numbers
        return [
            Block(id, kind, line.text, line.number) for id, line in zip(ids, lines, strict=True)
        ]
