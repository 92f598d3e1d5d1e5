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

from reader.model.tables import ROW, cell_spans

GAP = 2  # columns on each side of a cell's padding: the model's four between two cells


def table_view(text: Text) -> Table:
    """The table of a table block's styled text (its rows one a line, cells padded); a
    cell left empty keeps its column."""
    lines = _lines(text.plain)
    spans = cell_spans([line for _, line in lines]) or [[(0, len(line))] for _, line in lines]
    rows = [
        [text[start + a : start + b] for a, b in cells]
        for (start, _), cells in zip(lines, spans, strict=True)
    ]
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
