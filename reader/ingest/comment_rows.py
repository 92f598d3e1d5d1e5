"""A comment's blocks made straight into the page's rows (BlockRows), not as Block
objects first: a page of short comments has a hundred thousand."""

from __future__ import annotations

from reader.ingest.lines import Line
from reader.model import BlockKind, Comment
from reader.model.block_rows import BlockRows
from reader.model.row_block import CODE


class RowMaker:
    """BlockMaker's make and make_each for a comment's own blocks, as rows appended to
    ``rows``; ``finish`` gives them to the comment."""

    def __init__(self, rows: BlockRows) -> None:
        self.rows = rows
        self.start = len(rows.texts)
        self.first: int | None = None  # the row of its first paragraph

    def add(
        self, comment: Comment, kind: BlockKind, lines: list[Line], text: str | None = None
    ) -> None:
        """A block of the lines (their texts joined by spaces, or ``text``)."""
        rows = self.rows
        if kind is BlockKind.PARAGRAPH and self.first is None:
            self.first = len(rows.texts)
        if text is None:
            text = lines[0].text if len(lines) == 1 else " ".join([line.text for line in lines])
        rows.add(
            kind,
            text,
            lines[0].number if len(lines) == 1 else tuple([line.number for line in lines]),
        )

    def add_line(self, kind: BlockKind, line: Line) -> None:
        """A block of one line (most blocks: add without its list)."""
        rows = self.rows
        if kind is BlockKind.PARAGRAPH and self.first is None:
            self.first = len(rows.texts)
        rows.add(kind, line.text, line.number)

    def add_coded(self, code: int, line: Line) -> None:
        """A block of one line that is not the comment's text, its kind given by its CODE
        (META, BOILERPLATE: a header line and a button a comment), straight into the rows'
        columns (a line's number is one number, never several)."""
        rows = self.rows
        rows.kinds.append(code)
        rows.texts.append(line.text)
        rows.numbers.append(line.number)

    def add_each(self, comment: Comment, kind: BlockKind, lines: list[Line]) -> None:
        """A block of each line."""
        rows = self.rows
        if kind is BlockKind.PARAGRAPH and self.first is None and lines:
            self.first = len(rows.texts)
        rows.kinds += bytes([CODE[kind]]) * len(lines)
        rows.texts += [line.text for line in lines]
        rows.numbers.extend([line.number for line in lines])

    def finish(self, comment: Comment) -> None:
        comment.take_rows(self.rows, self.start)
