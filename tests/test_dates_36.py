"""Session 36's date rules, each on a page or line written for its test: a number date
with dots and a year of two digits where a date stands (a line or a piece of its own,
after a dating word), day first; a date a calendar badge prints a piece to a line ("MAR" /
"3" / "2025"), under the byline or over the headline; a spelled date's year of two digits
after an apostrophe ("March 3 '25")."""

from __future__ import annotations

from byline_pages import header_page

from reader.ingest.date_order import day_first_page
from reader.ingest.date_stacks import stacked_date
from reader.ingest.dates import has_date, is_date_line, iso_date
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText

_HEADLINE = "Glass blowers of the east quay light their furnace again"
_DEK = "The furnace went cold in the autumn when the gas line under the quay split."
_BODY = [
    "The glass blowers of the east quay lit their furnace on Monday for the first time"
    " since the gas line split, and the first bowls were cooling by the evening.",
    "The guild's master said the orders had waited all winter and the apprentices would"
    " work long days until the spring fair.",
    "Visitors may watch from the gallery on weekday afternoons, the guild said.",
]


def test_a_dotted_date_of_a_two_digit_year_is_read_day_first_where_a_date_stands() -> None:
    assert iso_date("21.03.25") == "2025-03-21"
    assert iso_date("By Ivo Sandrell | 21.03.25, 09:40") == "2025-03-21"
    assert iso_date("Published 21.3.25") == "2025-03-21"
    assert is_date_line("21.03.25 - 09:40")
    assert is_date_line("21.03.25")  # the date alone: no time carries the line


def test_a_dotted_number_in_a_sentence_is_a_version_not_a_date() -> None:
    """Only a piece of its own or a dating word's date: in prose, three dotted numbers
    are a version's ("version 1.2.23 of the app")."""
    assert iso_date("The crews moved to version 1.2.23 of the rota app.") is None
    assert not has_date("The crews moved to version 1.2.23 of the rota app.")


def test_a_dotted_date_of_a_two_digit_year_tells_the_page_writes_the_day_first() -> None:
    assert day_first_page(["Published 21.03.25"]) is True


def test_a_dotted_two_digit_year_under_the_byline_dates_the_page() -> None:
    article = header_page(_HEADLINE, _DEK, ["By Ivo Sandrell", "14.02.25"])
    assert article.published == "2025-02-14"


def test_a_spelled_date_may_print_its_year_as_two_digits_after_an_apostrophe() -> None:
    assert iso_date("February 14 '25") == "2025-02-14"
    assert iso_date("14 Feb ’25") == "2025-02-14"


def test_a_badge_date_is_its_lines_together() -> None:
    assert stacked_date(["FEB", "14", "2025", "By Ivo Sandrell"]) == 3
    assert stacked_date(["14", "February", "2025"]) == 3
    assert stacked_date(["Feb 14", "2025"]) == 2
    assert stacked_date(["14", "comments"]) == 0
    assert stacked_date(["February", "2025"]) == 0  # no day: no date
    assert stacked_date(["4", "Feb 14, 2025"]) == 0  # a full date line is no piece


def test_a_badge_date_under_the_byline_dates_the_page() -> None:
    for badge in (["FEB", "14", "2025"], ["14", "Feb", "2025"], ["February", "14", "'25"]):
        article = header_page(_HEADLINE, _DEK, ["By Ivo Sandrell", *badge])
        assert article.published == "2025-02-14", badge
        assert article.authors == ["Ivo Sandrell"]


def test_a_badge_date_under_an_unmarked_name_dates_the_page() -> None:
    """The name, no "By", then the badge: the badge's lines are the header's, the body
    starts past them."""
    for badge in (["FEB", "14", "2025"], ["February", "14", "'25"]):
        article = header_page(_HEADLINE, _DEK, ["Ivo Sandrell", *badge])
        assert article.published == "2025-02-14", badge
        assert article.authors == ["Ivo Sandrell"]


def test_a_badge_date_over_the_headline_dates_the_page() -> None:
    lines = ["Quay Courier", "Crafts", "14", "February", "2025", _HEADLINE, _DEK,
             "By Ivo Sandrell", *_BODY, "© 2023 Quay Courier"]  # fmt: skip
    article = parse_page(SourceText("badge.txt", "\n\n".join(lines) + "\n", "utf-8"))
    assert article.published == "2025-02-14"
    assert article.title == _HEADLINE
