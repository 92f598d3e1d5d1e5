"""Building blocks out of lines, with ids that say where they sit in the document."""

from __future__ import annotations

from reader.ingest.lines import Line
from reader.model import Block, BlockKind


class BlockMaker:
    """Numbers blocks "b1", "b2", … under a prefix ("c5.a1." for an embedded article)."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.count = 0

    def make(self, kind: BlockKind, lines: list[Line], text: str | None = None) -> Block:
        self.count += 1
        # Positional arguments: the dataclass is built several times faster so.
        if len(lines) == 1:  # most blocks: nothing to join, no list to walk
            line = lines[0]
            text = line.text if text is None else text
            return Block(f"{self.prefix}b{self.count}", kind, text, line.number)
        if text is None:
            text = " ".join([line.text for line in lines])
        return Block(
            f"{self.prefix}b{self.count}", kind, text, tuple([line.number for line in lines])
        )

    def make_each(self, kind: BlockKind, lines: list[Line]) -> list[Block]:
        """One block per line: the same blocks as make() line by line, built in one go."""
        prefix, before = self.prefix, self.count
        self.count += len(lines)
        return [
            Block(f"{prefix}b{before + k}", kind, line.text, line.number)
            for k, line in enumerate(lines, start=1)
        ]
