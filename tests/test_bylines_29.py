"""Bylines set among the page's buttons and counts, a date under its label, an outlet
after a bar or a slash: shapes session 29's families showed main did not read. Each page
here is written for its test, with names no first-name list holds."""

from __future__ import annotations

from byline_pages import CHROME_BOTTOM, CHROME_TOP, FOOTER, PARAGRAPHS

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Article

_DEK = "Riders on the first morning found the trams full by eight."


def _page(header: list[str]) -> Article:
    lines = [
        *CHROME_TOP,
        "Tram line to the old docks opens to riders",
        _DEK,
        *header,
        *PARAGRAPHS,
        *CHROME_BOTTOM,
        *FOOTER,
    ]
    return parse_page(SourceText("written.txt", "\n\n".join(lines) + "\n", "utf-8"))


def test_a_name_over_its_date_with_buttons_between() -> None:
    """ "Share" and "Print" between the name and the date: still a name over its date."""
    article = _page(["Quenby Holloway-Trask", "Share", "Print", "May 9, 2023"])
    assert article.authors == ["Quenby Holloway-Trask"]
    assert article.published == "2023-05-09"


def test_a_name_over_a_count_and_a_dating_word_over_the_date() -> None:
    """ "3.1K followers" and "Published" alone on their lines between name and date."""
    article = _page(["Ysolde Marrack", "3.1K followers", "Published", "9 May 2023"])
    assert article.authors == ["Ysolde Marrack"]
    assert article.published == "2023-05-09"


def test_a_name_under_a_role_over_a_posted_label() -> None:
    """A role over the name, "Share" and "Posted" under it, then the date."""
    article = _page(["Transport Reporter", "Ysolde Marrack", "Share", "Posted", "9 May 2023"])
    assert article.authors == ["Ysolde Marrack"]


def test_a_date_under_its_label_is_a_date_line() -> None:
    """ "Date: 09/05/2023" is the date a name over it stands beside (a views count between)."""
    article = _page(["Ysolde Marrack", "Views: 1,208", "Date: 09/05/2023"])
    assert article.authors == ["Ysolde Marrack"]
    assert article.published in ("2023-05-09", "2023-09-05")


def test_an_outlet_after_a_bar_or_a_dash() -> None:
    """ "Name | Outlet Daily", "Name - Outlet Daily" over the date: the name, no outlet."""
    for line in ("Ysolde Marrack | Kestrel Bay Daily", "Ysolde Marrack - Kestrel Bay Daily"):
        assert _page([line, "Updated May 9, 2023"]).authors == ["Ysolde Marrack"]


def test_an_advertisement_between_by_and_the_name_is_no_author() -> None:
    """ "By" alone, an advertisement's line, then the name: the name alone is the author."""
    article = _page(["By", "Advertisement", "Ysolde Marrack", "May 9, 2023"])
    assert article.authors == ["Ysolde Marrack"]


def test_a_name_with_no_break_and_doubled_spaces_reads_with_one_space() -> None:
    """The copy's no-break and doubled spaces are not the name's: "Ysolde Marrack"."""
    for line in ("By\u00a0Ysolde\u00a0Marrack", "By  Ysolde  Marrack ", "Ysolde\u00a0 Marrack"):
        article = _page([line, "May\u00a09, 2023"])
        assert article.authors == ["Ysolde Marrack"], line


def test_a_posted_line_with_its_categories_names_its_author_after_the_date() -> None:
    """ "Posted in Trams & Docks on May 9, 2023 by Name": the name after the date that
    ends a "Posted" line, past the post's categories."""
    article = _page(["Posted in Trams & Docks on May 9, 2023 by Ysolde Marrack"])
    assert article.authors == ["Ysolde Marrack"]
    assert article.published == "2023-05-09"


def test_a_month_glued_to_its_day_or_a_comma_after_a_space() -> None:
    """ "May.9, 2023" (no space after the month's dot) and "May  9 ,  2023" are dates."""
    for line in ("May.9, 2023", "May  9 ,  2023"):
        assert _page(["By Ysolde Marrack", line]).published == "2023-05-09", line
