"""An HTML table's rows into the article's pieces, as a text copy's tables are read.

A run of rows of two cells or more (MIN_ROWS rows at least) is one table block, its
cells in columns (model.tables: the same text a copied table makes, so a view shows it
aligned). A row of one cell (a caption row, a section's name across the columns) is a
line of its own, as is a single row of cells between two of those (its cells joined
with " | ").
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.model.tables import MIN_ROWS, aligned


def table_pieces(rows: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    """(tag, text) for each block the table makes: "table" for a run of rows of cells,
    "row" for a row alone."""
    pieces: list[tuple[str, str]] = []
    run: list[Sequence[str]] = []
    for cells in [*rows, []]:  # an empty row at the end closes the last run
        if sum(1 for cell in cells if cell) >= 2:
            run.append(cells)
            continue
        if len(run) >= MIN_ROWS:
            pieces.append(("table", aligned(run)))
        else:
            pieces.extend(("row", " | ".join(c for c in row if c)) for row in run)
        run = []
        if text := " ".join(cell for cell in cells if cell):
            pieces.append(("row", text))
    return pieces
