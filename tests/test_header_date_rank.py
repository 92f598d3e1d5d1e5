"""The article's own date line wins over another day printed first in its header."""

from __future__ import annotations

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText

_BODY = (
    "The lighthouse keepers of Varnholm met on Tuesday to plan the spring repairs, and "
    "the town council promised to pay for half of the new lamp.\n\n"
    "Mirela Oskarsdottir, who has kept the light for eleven years, said the old lamp had "
    "failed twice in the winter storms and could not be mended again.\n\n"
    "The work is expected to take six weeks, during which a buoy will mark the reef.\n"
)


def _date(header: str) -> str | None:
    text = (
        f"Varnholm Gazette\n\nKeepers plan the lighthouse's spring repairs\n\n{header}\n\n{_BODY}"
    )
    return parse_page(SourceText("written.txt", text, "utf-8")).published


def test_an_events_day_over_the_byline_yields_to_the_date_line() -> None:
    assert _date("Open day: Sunday, May 18, 2025\n\nBy Tobiah Fennick\n\nMay 6, 2025") == (
        "2025-05-06"
    )


def test_a_print_editions_day_first_yields_to_the_published_line() -> None:
    header = "Weekly edition | May 9, 2025\n\nTobiah Fennick\n\nPublished May 6, 2025, 8:15 am"
    assert _date(header) == "2025-05-06"


def test_a_lone_date_after_other_words_still_dates_the_page() -> None:
    """With no line of the article's own date, the header's one date is still read."""
    assert _date("Filed from the harbour office, May 6, 2025\n\nBy Tobiah Fennick") == (
        "2025-05-06"
    )
