"""An HTML table in the article is one block, its cells in columns, as a copied table is."""

from __future__ import annotations

from rich.cells import cell_len

from reader.ingest.source import from_bytes
from reader.model import BlockKind
from reader.model.tables import table_rows
from reader.sources import parse_source
from reader.ui.article_text import block_classes

PROSE = (
    "<p>The island ferries raced every Sunday in April, and the harbour board has now "
    "published the season's standings for the six boats that finished every race.</p>"
    "<p>The board said the closing race had been the closest in years, with two boats "
    "crossing the line within a second of each other off the lighthouse.</p>"
)
ROWS = [("Gull", "4", "37"), ("Tern", "3", "35"), ("Puffin", "2", "31"), ("Skua", "1", "22")]
PAGE = (
    "<!doctype html><html><head><title>Ferry standings after the spring season</title>"
    "</head><body><article><h1>Ferry standings after the spring season</h1>"
    + PROSE
    + "<table><tr><th>Boat</th><th>Wins</th><th>Points</th></tr>"
    + "".join(f"<tr><td>{b}</td><td>{w}</td><td>{p}</td></tr>" for b, w, p in ROWS)
    + "<tr><td colspan='3'>Two boats were withdrawn in March.</td></tr></table>"
    + PROSE.replace("ferries", "boats").replace("closing", "final")
    + "</article></body></html>"
)


def test_an_html_tables_rows_are_one_block_shown_in_columns() -> None:
    """The header and the four rows of cells are one paragraph whose rows read back as
    their cells, lined up in columns (the view's "-table" block); the row of one cell
    under them is a line of its own; no " | " is added to the page's words."""
    blocks = parse_source(from_bytes(PAGE.encode(), "standings.html")).article.blocks
    tables = [b for b in blocks if table_rows(b)]
    assert len(tables) == 1
    table = tables[0]
    assert table.kind is BlockKind.PARAGRAPH
    assert table_rows(table) == [["Boat", "Wins", "Points"], *map(list, ROWS)]
    assert table.text.split("\n")[:2] == ["Boat      Wins    Points", "Gull      4       37"]
    assert block_classes(table) == "block -table"
    texts = [b.text for b in blocks]
    assert "Two boats were withdrawn in March." in texts
    assert not any("|" in text for text in texts)


def test_wide_characters_take_two_columns_in_a_tables_layout() -> None:
    """Japanese cells: the next column starts at the same terminal column on every row."""
    words = [("Word", "Reading"), ("港", "minato"), ("フェリー", "ferii"), ("船", "fune")]
    table = "".join(f"<tr><td>{w}</td><td>{r}</td></tr>" for w, r in words)
    page = PAGE.replace("<table>", f"<table>{table}</table><p>Words.</p><table>", 1)
    blocks = parse_source(from_bytes(page.encode(), "words.html")).article.blocks
    rows = next(b for b in blocks if b.text.startswith("Word")).text.split("\n")
    starts = {cell_len(row[: row.index(r)]) for row, (_, r) in zip(rows, words, strict=True)}
    assert len(starts) == 1


def test_a_tables_empty_cells_read_back_in_their_columns() -> None:
    """A cell left empty (the corner over the names, a missing score, a blank last cell)
    keeps its column: each row reads back with as many cells as the header."""
    rows = (
        "<tr><td>Gull</td><td></td><td>37</td></tr><tr><td>Tern</td><td>3</td><td></td></tr>"
        "<tr><td></td><td>2</td><td>31</td></tr>"
    )
    page = PAGE.replace("<th>Boat</th>", "<th></th>").replace(
        "".join(f"<tr><td>{b}</td><td>{w}</td><td>{p}</td></tr>" for b, w, p in ROWS), rows
    )
    blocks = parse_source(from_bytes(page.encode(), "gaps.html")).article.blocks
    table = next(b for b in blocks if table_rows(b))
    assert table_rows(table) == [
        ["", "Wins", "Points"],
        ["Gull", "", "37"],
        ["Tern", "3", ""],
        ["", "2", "31"],
    ]
