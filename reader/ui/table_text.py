"""A table block as the article pane shows it: its cells in columns that fit the pane.

The model lines a table's cells up for a terminal wide enough (`reader.model.tables`);
a narrower pane would wrap each row onto the next, mixing the columns. Shown as a Rich
table of the same cells, a column too wide for the pane wraps inside itself. The cells
are cut from the block's styled text, so quotes, speakers and search hits keep their
colours.
"""

from __future__ import annotations

from rich.table import Table
from rich.text import Text

from reader.model.tables import CELL_GAP, ROW

GAP = 2  # columns on each side of a cell's padding: the model's four between two cells


def table_view(text: Text) -> Table:
    """The table of a table block's styled text (its rows one a line, cells padded)."""
    rows = [_cells(text, start, line) for start, line in _lines(text.plain)]
    table = Table(box=None, show_header=False, show_edge=False, pad_edge=False)
    table.padding = (0, GAP)
    for _ in range(max(len(row) for row in rows)):
        table.add_column(overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def _lines(plain: str) -> list[tuple[int, str]]:
    """Each row's line and where it starts in the block's text."""
    found, start = [], 0
    for line in plain.split(ROW):
        found.append((start, line))
        start += len(line) + len(ROW)
    return found


def _cells(text: Text, start: int, line: str) -> list[Text]:
    """A row's cells as slices of the styled text (the padding left out)."""
    cells, at = [], len(line) - len(line.lstrip())
    end = len(line.rstrip())
    for gap in CELL_GAP.finditer(line, at, end):
        cells.append(text[start + at : start + gap.start()])
        at = gap.end()
    cells.append(text[start + at : start + end])
    return cells
