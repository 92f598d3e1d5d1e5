"""A comment block kept as a row of the page's BlockRows (block_rows.py): the byte its
kind is kept as, and the block made of the row when asked for, whose fields read and
write the row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model.blocks import Block, BlockKind, LineNumbers, Sources

if TYPE_CHECKING:  # the rows make their blocks: only the type is read from there
    from reader.model.block_rows import BlockRows

_KINDS = tuple(BlockKind)
CODE = {kind: code for code, kind in enumerate(_KINDS)}  # a row's kind byte, its flag off
APART = 0x80  # the flag of a row with several lines or sources (kept in dictionaries)
KIND_OF = tuple(_KINDS[(code & ~APART) % len(_KINDS)] for code in range(256))  # by byte


def kind_mask(*kinds: BlockKind) -> bytes:
    """A row's kind byte to 1 for the kinds given, 0 for any other (BlockRows.places_of)."""
    codes = {CODE[kind] for kind in kinds}
    return bytes(int(code & ~APART in codes) for code in range(256))


class RowBlock(Block):
    """A block kept as a row of BlockRows: its fields read and write the row."""

    __slots__ = ("_row", "_rows")

    def __init__(self, id: int, rows: BlockRows, row: int) -> None:
        self._id = id
        self._rows = rows
        self._row = row

    @property
    def kind(self) -> BlockKind:
        return KIND_OF[self._rows.kinds[self._row]]

    @kind.setter
    def kind(self, kind: BlockKind) -> None:
        self._rows.set_kind(self._row, kind)

    @property
    def text(self) -> str:
        return self._rows.texts[self._row]

    @text.setter
    def text(self, text: str) -> None:
        self._rows.texts[self._row] = text

    @property
    def line_numbers(self) -> LineNumbers:
        return self._rows.numbers_of(self._row)

    @line_numbers.setter
    def line_numbers(self, numbers: LineNumbers) -> None:
        self._rows.set_numbers(self._row, numbers)

    @property
    def sources(self) -> Sources | None:
        return self._rows.sources.get(self._row)

    @sources.setter
    def sources(self, sources: Sources | None) -> None:
        self._rows.set_sources(self._row, sources)
