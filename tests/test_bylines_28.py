"""Dates in shapes session 28's families showed no rule read: a dateline whose date stands
after a dash or a region ("PLACE, Region — March 4, 2024 —"), a header line that is a
month and day with no year, whatever its length made it. Each page here is written for
its test."""

from __future__ import annotations

from byline_pages import CHROME_BOTTOM, CHROME_TOP, FOOTER, PARAGRAPHS

from reader.ingest.datelines import dateline_date
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Article


def _page(header: list[str], opener: str = "") -> Article:
    lines = [
        *CHROME_TOP,
        "Tram line to the old docks opens to riders",
        *header,
        opener + PARAGRAPHS[0],
        *PARAGRAPHS[1:],
        *CHROME_BOTTOM,
        *FOOTER,
    ]
    return parse_page(SourceText("written.txt", "\n\n".join(lines) + "\n", "utf-8"))


def test_the_date_of_a_dateline_after_its_region_and_a_dash() -> None:
    article = _page(["By Wren Halloway"], opener="SALT HOLLOW, Oregon — May 9, 2023 — ")
    assert article.published == "2023-05-09"


def test_the_date_of_a_dateline_after_a_dash_alone() -> None:
    article = _page(["By Wren Halloway"], opener="KESTREL BAY — 9 May 2023: ")
    assert article.published == "2023-05-09"


def test_a_sentence_opening_with_a_name_and_a_date_is_no_dateline() -> None:
    """Words of a sentence between the name and the dash: no dateline, no date."""
    assert dateline_date("Wren Halloway, 42, said on May 9, 2023 — and left") is None
    article = _page(["By Wren Halloway"], opener="Wren Halloway, 42, said on May 9, 2023 — ")
    assert article.published is None


def test_a_month_and_day_alone_under_the_byline_in_the_copyright_year() -> None:
    """ "Thursday, May 9th" is a date line though its length reads it as a heading."""
    for line, iso in (("Thursday, May 9th", "2024-05-09"), ("9th May", "2024-05-09")):
        assert _page(["By Wren Halloway", line]).published == iso


def test_a_month_and_day_alone_is_a_date_line_not_the_bodys_first_heading() -> None:
    """Under a dek and the byline, "Thursday, May 9th" is no heading opening the body."""
    dek = "Riders on the first morning found the trams full by eight."
    article = _page([dek, "By Wren Halloway", "Thursday, May 9th"])
    assert article.published == "2024-05-09"
    assert "Thursday, May 9th" not in [b.text for b in article.blocks if b.kind.name == "HEADING"]


def test_a_month_and_day_alone_under_the_headline_with_no_byline() -> None:
    """No byline over it: "Thursday, May 9th" is read as a heading of the header, and is
    still its date."""
    assert _page(["Thursday, May 9th"]).published == "2024-05-09"


def test_todays_month_and_day_in_the_sites_bar_is_no_header() -> None:
    """ "Tue 9 Apr" over the weather and the masthead is the site's bar, not a date line
    the headline stands over: the headline under the masthead is read."""
    lines = [
        "Accept cookies",
        "We use cookies to improve your visit. Manage settings",
        "HOME | LOCAL | WORLD | WEATHER",
        "Tue 9 Apr",
        "11°C Cloudy",
        "The Kelpwick Courier",
        "",
        "Tram line opens",
        "By Wren Halloway",
        "8 April 2024",
        "",
        "\n\n".join(PARAGRAPHS),
    ]
    page = parse_page(SourceText("written.txt", "\n".join(lines) + "\n", "utf-8"))
    assert page.title == "Tram line opens"
    assert page.published == "2024-04-08"
