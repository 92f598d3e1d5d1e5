"""A page's comment blocks held as rows of a few compact columns, not as objects.

A page of short comments has a hundred thousand blocks: as Block objects, each with its
id and line number as numbers of their own, they were most of the document (128 bytes a
block beside its text). Here a block is a row: its kind a byte, its text a pointer, its
line number four bytes, its id not kept at all (a comment's block k has the id
"c{comment}.b{k}": its place says it). What few rows have (several lines, quoted
sources) is kept by row. A comment whose blocks are rows gives them as ``RowBlock``
objects made when asked for: a Block whose fields read and write its row.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from itertools import repeat

from reader.model.blocks import (
    COMMENT_BLOCKS,
    Block,
    BlockKind,
    Fields,
    LineNumbers,
    Sources,
    comment_block_base,
)

KINDS = tuple(BlockKind)  # a row's kind is its place here
_CODE = {kind: code for code, kind in enumerate(KINDS)}
_SEVERAL = -1  # the line number of a row of several lines (or none): kept apart


class BlockRows:
    """The comment blocks of a page, a row each, appended a comment at a time."""

    __slots__ = ("kinds", "numbers", "several", "sources", "texts")

    def __init__(self) -> None:
        self.kinds = bytearray()
        self.texts: list[str] = []
        self.numbers = array("i")  # a row's line number, or _SEVERAL
        self.several: dict[int, tuple[int, ...]] = {}
        self.sources: dict[int, Sources] = {}

    def take(self, comment: int, blocks: list[Block]) -> int | None:
        """Append a comment's blocks as rows; their span (the first row times
        COMMENT_BLOCKS, plus their count), or None when an id is not the one its place
        gives (the blocks then stay as they are)."""
        base, count = comment_block_base(comment), len(blocks)
        if base is None or not 0 < count < COMMENT_BLOCKS:
            return None
        if [b._id for b in blocks] != list(range(base - 1, base - count - 1, -1)):
            return None
        start = len(self.texts)
        self.kinds += bytes([_CODE[b.kind] for b in blocks])
        self.texts += [b.text for b in blocks]
        numbers = [b.line_numbers for b in blocks]
        if _SEVERAL in numbers or not all([type(n) is int for n in numbers]):
            for row, several in enumerate(numbers, start=start):
                if not isinstance(several, int) or several == _SEVERAL:
                    self.several[row] = several if isinstance(several, tuple) else (several,)
            numbers = [n if isinstance(n, int) else _SEVERAL for n in numbers]
        self.numbers.extend(numbers)  # type: ignore[arg-type]
        for row, block in enumerate(blocks, start=start):
            if block.sources is not None:
                self.sources[row] = block.sources
        return start * COMMENT_BLOCKS + count

    def blocks(self, comment: int, span: int) -> list[Block]:
        """The blocks of a comment's rows, each made now."""
        start, count = divmod(span, COMMENT_BLOCKS)
        base = -comment * COMMENT_BLOCKS - 1 + start
        return [RowBlock(base - row, self, row) for row in range(start, start + count)]

    def block(self, comment: int, span: int, k: int) -> Block:
        """The block at place k (from 0) of a comment's rows, made now."""
        start, count = divmod(span, COMMENT_BLOCKS)
        if not 0 <= k < count:
            raise IndexError(k)
        return RowBlock(-comment * COMMENT_BLOCKS - 1 - k, self, start + k)

    def fields(self, comment: int, span: int) -> Iterator[Fields]:
        """The fields of a comment's rows, no block made."""
        start, count = divmod(span, COMMENT_BLOCKS)
        end = start + count
        base = -comment * COMMENT_BLOCKS - 1 + start
        numbers: Iterable[LineNumbers] = self.numbers[start:end]
        if _SEVERAL in numbers:
            several = self.several
            numbers = [several.get(row, n) for row, n in enumerate(numbers, start=start)]
        return zip(
            range(base - start, base - end, -1),
            [KINDS[code] for code in self.kinds[start:end]],
            self.texts[start:end],
            numbers,
            map(self.sources.get, range(start, end)) if self.sources else repeat(None, count),
            strict=True,
        )

    def kinds_of(self, span: int) -> list[BlockKind]:
        """The kinds of a comment's rows, in order."""
        start, count = divmod(span, COMMENT_BLOCKS)
        return [KINDS[code] for code in self.kinds[start : start + count]]


class RowBlock(Block):
    """A block kept as a row of BlockRows: its fields read and write the row."""

    __slots__ = ("_row", "_rows")

    def __init__(self, id: int, rows: BlockRows, row: int) -> None:
        self._id = id
        self._rows = rows
        self._row = row

    @property
    def kind(self) -> BlockKind:
        return KINDS[self._rows.kinds[self._row]]

    @kind.setter
    def kind(self, kind: BlockKind) -> None:
        self._rows.kinds[self._row] = _CODE[kind]

    @property
    def text(self) -> str:
        return self._rows.texts[self._row]

    @text.setter
    def text(self, text: str) -> None:
        self._rows.texts[self._row] = text

    @property
    def line_numbers(self) -> LineNumbers:
        number: int = self._rows.numbers[self._row]
        return self._rows.several[self._row] if number == _SEVERAL else number

    @line_numbers.setter
    def line_numbers(self, numbers: LineNumbers) -> None:
        rows, row = self._rows, self._row
        rows.several.pop(row, None)
        if isinstance(numbers, int) and numbers != _SEVERAL:
            rows.numbers[row] = numbers
        else:
            rows.numbers[row] = _SEVERAL
            rows.several[row] = numbers if isinstance(numbers, tuple) else (numbers,)

    @property
    def sources(self) -> Sources | None:
        return self._rows.sources.get(self._row)

    @sources.setter
    def sources(self, sources: Sources | None) -> None:
        if sources is None:
            self._rows.sources.pop(self._row, None)
        else:
            self._rows.sources[self._row] = sources
