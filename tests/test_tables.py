"""A table's rows in a copied page: one block, its cells in columns, nothing lost."""

from __future__ import annotations

from conftest import FERRY_BODY, FERRY_HEADLINE, parse_text

from reader.model import BlockKind, Document
from reader.model.tables import table_rows

_PARAGRAPHS = FERRY_BODY.splitlines()
ROWS = [
    "Day\tLeaves island\tLeaves town\tBoat",
    "Monday\t23:40\t00:00\tMara",
    "Tuesday\t23:40\t00:00\tOsprey",
    "Wednesday\t23:10\t23:30\tMara",
]
TABLE_PAGE = "\n\n".join(
    [
        FERRY_HEADLINE,
        "By Ana Ruiz",
        *_PARAGRAPHS[:2],
        "The crossings planned for the first week:",
        *ROWS,  # a blank line between the rows, as a copy of a page gives them
        *_PARAGRAPHS[2:],
    ]
)


def table_page() -> Document:
    return parse_text(TABLE_PAGE + "\n")


def test_a_tables_rows_are_one_block_with_its_cells_in_columns() -> None:
    article = table_page().article
    tables = [b for b in article.blocks if table_rows(b)]
    assert len(tables) == 1
    table = tables[0]
    assert table.kind is BlockKind.PARAGRAPH  # body text, read and searched as the body
    assert table_rows(table) == [row.split("\t") for row in ROWS]
    lines = table.text.split("\n")
    assert len(lines) == 4
    column = lines[0].index("Leaves town")
    assert [line[column:].split()[0] for line in lines] == ["Leaves", "00:00", "00:00", "23:30"]


def test_a_table_keeps_the_article_around_it() -> None:
    """Rows that open with a day's name are no date line under a byline: the body
    runs on over the table, and every line is in one block."""
    document = table_page()
    article = document.article
    assert article.title == FERRY_HEADLINE
    texts = [b.text for b in article.body()]
    assert texts[0] == _PARAGRAPHS[0] and texts[-1] == _PARAGRAPHS[-1]
    numbers = sorted(n for b in article.blocks for n in b.lines)
    non_blank = [k for k, line in enumerate(TABLE_PAGE.split("\n"), 1) if line.strip()]
    assert numbers == non_blank
