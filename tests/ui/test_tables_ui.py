"""A table's rows show as one block, cells in columns, never justified."""

from __future__ import annotations

from test_tables import ROWS, table_page

from reader.config.settings import Settings
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView, BlockView
from ui.settle import until


async def test_a_tables_rows_show_as_one_block_in_columns() -> None:
    app = ReaderApp(document=table_page(), settings=Settings(justify=True))
    async with app.run_test(size=(120, 40)) as pilot:
        assert await until(pilot, lambda: bool(app.reader.query("ArticleView .-table")))
        tables = list(app.reader.query_one(ArticleView).query(".-table").results(BlockView))
        assert len(tables) == 1 and not tables[0].has_class("-paragraph")  # so not justified
        shown = str(tables[0].render()).split("\n")
        assert len(shown) == len(ROWS)
        column = shown[0].index("Boat")
        assert [line[column:].strip() for line in shown] == ["Boat", "Mara", "Osprey", "Mara"]
