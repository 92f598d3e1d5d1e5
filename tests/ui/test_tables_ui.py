"""A table's rows show as one block, cells in columns, never justified; a table wider
than the pane wraps inside its columns, each row's cells staying side by side."""

from __future__ import annotations

from conftest import parse_text
from test_tables import ROWS, table_page
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from reader.config.settings import Settings
from reader.ui.app import ReaderApp
from reader.ui.widgets.block_view import BlockView
from ui.settle import until

WIDE_ROWS = [
    "Route\tOld timetable\tNew timetable",
    "North pier to the island\tA boat every hour from six in the morning until ten at night"
    "\tA boat every ninety minutes on weekday mornings, when fewer people travel, and more"
    " boats on summer evenings",
    "Island to north pier\tEvery hour\tUnchanged",
]


def _shown(widget: Widget) -> list[str]:
    """The lines the widget shows, as on the screen."""
    width, height = widget.size
    return [strip.text.rstrip() for strip in widget.render_lines(Region(0, 0, width, height))]


async def _table(app: ReaderApp, pilot: Pilot) -> BlockView:
    """The article's one table, once laid out."""

    def tables() -> list[BlockView]:
        return list(app.reader.query("ArticleView .-table").results(BlockView))

    assert await until(pilot, lambda: len(tables()) == 1 and tables()[0].size.height > 0)
    return tables()[0]


async def test_a_tables_rows_show_as_one_block_in_columns() -> None:
    app = ReaderApp(document=table_page(), settings=Settings(justify=True))
    async with app.run_test(size=(120, 40)) as pilot:
        table = await _table(app, pilot)
        assert not table.has_class("-paragraph")  # so not justified
        shown = _shown(table)
        assert len(shown) == len(ROWS)
        column = shown[0].index("Boat")
        assert [line[column:].strip() for line in shown] == ["Boat", "Mara", "Osprey", "Mara"]


async def test_a_table_wider_than_the_pane_wraps_inside_its_columns() -> None:
    page = "\n\n".join(
        [
            "Island ferries change their timetable for the summer",
            "By Ana Ruiz",
            "The ferry company published its new timetable on Tuesday, with fewer boats on"
            " weekday mornings and more on summer evenings, its director said.",
            *WIDE_ROWS,
            "The changes start on the first of June and will be looked at again in the autumn,"
            " the company said.",
        ]
    )
    app = ReaderApp(document=parse_text(page + "\n"))
    async with app.run_test(size=(80, 24)) as pilot:
        shown = _shown(await _table(app, pilot))
        assert all(len(line) <= 76 for line in shown)  # within the pane
        last = next(line for line in shown if line.startswith("Island to north pier"))
        assert "Every hour" in last and last.endswith("Unchanged")  # one row, side by side
        third = shown[0].index("New timetable")
        wrapped = [line[third:] for line in shown[1:] if not line.startswith("Island")]
        assert " ".join(w.strip() for w in wrapped).startswith("A boat every ninety minutes")


async def test_a_cell_left_empty_keeps_its_column() -> None:
    """An HTML table row with a blank middle cell: its last cell shows under the last
    column's header, not under the middle one's."""
    from reader.ingest.source import from_bytes
    from reader.sources import parse_source

    rows = "".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for a, b, c in [("Boat", "Wins", "Points"), ("Gull", "", "37"), ("Tern", "3", "35")]
    )
    prose = (
        "<p>The island ferries raced every Sunday in April, and the harbour board has now "
        "published the season's standings for the boats that finished every race.</p>"
    )
    page = (
        "<html><head><title>Ferry standings after the spring season</title></head><body>"
        f"<article><h1>Ferry standings after the spring season</h1>{prose}<table>{rows}"
        f"</table>{prose}</article></body></html>"
    )
    document = parse_source(from_bytes(page.encode(), "standings.html"))
    app = ReaderApp(document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        shown = _shown(await _table(app, pilot))
        points = shown[0].index("Points")
        gull = next(line for line in shown if line.startswith("Gull"))
        assert gull[points:].strip() == "37"
