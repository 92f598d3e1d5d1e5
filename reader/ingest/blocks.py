"""Building blocks out of lines, with ids that say where they sit in the document."""

from __future__ import annotations

from collections.abc import Iterable

from reader.ingest.lines import Line
from reader.model import Block, BlockKind


class BlockMaker:
    """Numbers blocks "b1", "b2", … under a prefix ("c5.a1." for an embedded article)."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.count = 0

    def make(self, kind: BlockKind, lines: list[Line], text: str | None = None) -> Block:
        self.count += 1
        # Positional arguments: the dataclass is built several times faster so. An id
        # with no prefix is given as its number (a number is half the memory of "b123").
        id = f"{self.prefix}b{self.count}" if self.prefix else self.count
        if len(lines) == 1:  # most blocks: nothing to join, no list to walk
            line = lines[0]
            return Block(id, kind, line.text if text is None else text, line.number)
        if text is None:
            text = " ".join([line.text for line in lines])
        return Block(id, kind, text, tuple([line.number for line in lines]))

    def make_each(self, kind: BlockKind, lines: list[Line]) -> list[Block]:
        """One block per line: the same blocks as make() line by line, built in one go."""
        prefix, before = self.prefix, self.count
        self.count += len(lines)
        numbers = range(before + 1, self.count + 1)
        ids: Iterable[str | int] = (f"{prefix}b{n}" for n in numbers) if prefix else numbers
        return [
            Block(id, kind, line.text, line.number) for id, line in zip(ids, lines, strict=True)
        ]
