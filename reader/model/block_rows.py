"""A page's comment blocks held as rows of a few compact columns, not as objects.

A page of short comments has a hundred thousand blocks: as Block objects, each with its
id and line number as numbers of their own, they were most of the document (128 bytes a
block beside its text). Here a block is a row: its kind a byte, its text a pointer, its
line number four bytes, its id not kept at all (a comment's block k has the id
"c{comment}.b{k}": its place says it). What few rows have (several lines, quoted
sources) is kept by row, and the row's kind byte says so (APART). A comment whose
blocks are rows gives them as blocks made when asked for (row_block.RowBlock).
"""

from __future__ import annotations

from array import array
from itertools import compress

from reader.model.blocks import (
    COMMENT_BLOCKS,
    Block,
    BlockKind,
    Fields,
    LineNumbers,
    Sources,
    comment_block_base,
    comment_block_id,
)
from reader.model.row_block import APART, CODE, KIND_OF, RowBlock

_SEVERAL = -1  # the line number of a row of several lines (or none): kept apart


class BlockRows:
    """The comment blocks of a page, a row each, appended a comment at a time."""

    __slots__ = ("kinds", "numbers", "several", "sources", "texts")

    def __init__(self) -> None:
        self.kinds = bytearray()  # a row's kind (CODE), with APART
        self.texts: list[str] = []
        self.numbers = array("i")  # a row's line number, or _SEVERAL
        self.several: dict[int, tuple[int, ...]] = {}
        self.sources: dict[int, Sources] = {}

    def add(self, kind: BlockKind, text: str, numbers: LineNumbers) -> None:
        """Append a row."""
        self.kinds.append(CODE[kind])
        self.texts.append(text)
        if type(numbers) is int and numbers != _SEVERAL:  # most rows: one line
            self.numbers.append(numbers)
        else:
            self.numbers.append(0)
            self.set_numbers(len(self.texts) - 1, numbers)

    def set_kind(self, row: int, kind: BlockKind) -> None:
        self.kinds[row] = CODE[kind] | (self.kinds[row] & APART)

    def numbers_of(self, row: int) -> LineNumbers:
        number: int = self.numbers[row]
        return self.several[row] if number == _SEVERAL else number

    def set_numbers(self, row: int, numbers: LineNumbers) -> None:
        self.several.pop(row, None)
        if isinstance(numbers, int) and numbers != _SEVERAL:
            self.numbers[row] = numbers
        else:
            self.numbers[row] = _SEVERAL
            self.several[row] = numbers if isinstance(numbers, tuple) else (numbers,)
            self.kinds[row] |= APART

    def set_sources(self, row: int, sources: Sources | None) -> None:
        if sources is None:
            self.sources.pop(row, None)
        else:
            self.sources[row] = sources
            self.kinds[row] |= APART

    def span(self, comment: int, start: int) -> int | None:
        """The span of a comment's rows from ``start`` to the last (the first row times
        COMMENT_BLOCKS, plus their count); None when their places cannot give their ids
        (comment_block_id: none, too many, or a comment number below 0)."""
        count = len(self.texts) - start
        if comment_block_base(comment) is None or not 0 < count < COMMENT_BLOCKS:
            return None
        return start * COMMENT_BLOCKS + count

    def pop(self, comment: int, start: int) -> list[Block]:
        """The rows from ``start`` to the last, taken off as blocks of the comment."""
        blocks = []
        for k, row in enumerate(range(start, len(self.texts)), start=1):
            id = comment_block_id(comment, k)
            block = Block(id, KIND_OF[self.kinds[row]], self.texts[row], self.numbers_of(row))
            block.sources = self.sources.pop(row, None)
            self.several.pop(row, None)
            blocks.append(block)
        del self.kinds[start:], self.texts[start:], self.numbers[start:]
        return blocks

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

    def texts_of(self, span: int) -> list[tuple[BlockKind, str]]:
        """The kind and text of each of a comment's rows."""
        start, count = divmod(span, COMMENT_BLOCKS)
        kinds, texts = self.kinds, self.texts
        return [(KIND_OF[kinds[row]], texts[row]) for row in range(start, start + count)]

    def places_of(self, span: int, mask: bytes) -> list[tuple[int, str]]:
        """The place among a comment's rows (from 0) and the text of each row of a kind
        the mask marks (kind_mask)."""
        start, count = divmod(span, COMMENT_BLOCKS)
        wanted = self.kinds[start : start + count].translate(mask)
        return list(compress(enumerate(self.texts[start : start + count]), wanted))

    def first_of(self, span: int, kind: BlockKind) -> tuple[int, str] | None:
        """The place among a comment's rows (from 0) and the text of its first of a kind."""
        start, count = divmod(span, COMMENT_BLOCKS)
        kinds, code = self.kinds, CODE[kind]
        at = kinds.find(code, start, start + count)
        apart = kinds.find(code | APART, start, start + count)
        if apart != -1 and (at == -1 or apart < at):
            at = apart
        return None if at == -1 else (at - start, self.texts[at])

    def fields(self, comment: int, span: int) -> list[Fields]:
        """The fields of a comment's rows, no block made."""
        start, count = divmod(span, COMMENT_BLOCKS)
        end = start + count
        base = -comment * COMMENT_BLOCKS - 1 + start
        kinds, texts, numbers = self.kinds, self.texts, self.numbers
        found: list[Fields] = [
            (base - row, KIND_OF[kinds[row]], texts[row], numbers[row], None)
            for row in range(start, end)
        ]
        if not kinds[start:end].isascii():  # a row APART: its lines or sources
            for k, row in enumerate(range(start, end)):
                if kinds[row] & APART:
                    sources = self.sources.get(row)
                    found[k] = (*found[k][:3], self.numbers_of(row), sources)
        return found
