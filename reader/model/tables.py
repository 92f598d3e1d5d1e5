"""A table in the article: a paragraph block whose lines are rows of cells.

A copied page gives a table's rows as lines of cells with a tab between (cleaned to
four spaces, clean.py). The parser keeps a run of such rows as one paragraph, its
text still the body's words for search and quotes: its rows one a line (ROW), each
cell padded to its column's width, so that a view shows the rows as one block with
the cells in columns, and table_rows reads them back (a cell left empty as well, by where
the other rows' cells start).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from unicodedata import east_asian_width

from reader.model.blocks import Block, BlockKind

CELL_GAP = re.compile(r"(?<=\S)(?:\t| {3,})(?=\S)")  # a tab, or the spaces of one
ROW = "\n"
PAD = "    "  # between two cells, as clean.py writes a tab
MIN_ROWS = 2  # one row alone is a line of the page, not a table


def cells(row: str) -> list[str]:
    """A row's cells: its text cut at the tabs (or runs of three spaces or more)."""
    return CELL_GAP.split(row.strip())


def table_text(rows: Sequence[str]) -> str:
    """The text of a table block made of these rows: each cell padded to the width of
    its column, one row a line."""
    return aligned([cells(row) for row in rows])


def aligned(split: Sequence[Sequence[str]]) -> str:
    """The text of a table block of rows given as their cells (an HTML table's), each
    cell padded to the width of its column on a terminal, one row a line."""
    widths: list[int] = []
    for row in split:
        for k, cell in enumerate(row):
            if k == len(widths):
                widths.append(0)
            widths[k] = max(widths[k], width(cell))
    return ROW.join(
        PAD.join(cell + " " * (widths[k] - width(cell)) for k, cell in enumerate(row)).rstrip()
        for row in split
    )


def width(cell: str) -> int:
    """The columns a cell takes on a terminal: two for a wide character (Chinese,
    Japanese, Korean), one for any other."""
    if cell.isascii():
        return len(cell)
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in cell)


def table_rows(block: Block) -> list[list[str]] | None:
    """The rows of a table block, each the list of its cells; None for any other."""
    if block.kind is not BlockKind.PARAGRAPH or ROW not in block.text:
        return None
    rows = block.text.split(ROW)
    spans = cell_spans(rows)
    if spans is None:
        return None
    return [[row[a:b] for a, b in cells] for row, cells in zip(rows, spans, strict=True)]


Span = tuple[int, int]  # a cell's start and end in its row's text


def cell_spans(rows: Sequence[str]) -> list[list[Span]] | None:
    """Where each row's cells are, column by column, as (start, end) in the row's text; a
    cell left empty is spaces in its column, so the columns where the other rows' cells
    start say where it was (an empty span). None when the rows are no table (fewer than
    MIN_ROWS, or a row of fewer than two cells)."""
    placed = [_placed(row) for row in rows]
    if len(placed) < MIN_ROWS or any(
        sum(1 for a, b in row.values() if b > a) < 2 for row in placed
    ):
        return None
    starts = sorted({column for row in placed for column in row})
    return [[row.get(column, (0, 0)) for column in starts] for row in placed]


def _placed(row: str) -> dict[int, Span]:
    """A row's cells by the terminal column each starts at."""
    placed: dict[int, Span] = {}
    at = len(row) - len(row.lstrip(" "))
    for gap in [*CELL_GAP.finditer(row), None]:
        end = gap.start() if gap else len(row.rstrip())
        placed[width(row[:at])] = (at, max(at, end))
        at = gap.end() if gap else at
    return placed
