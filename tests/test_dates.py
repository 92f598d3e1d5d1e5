"""Dates as pages print them: month or day first, spelled, numbered, relative."""

from __future__ import annotations

import pytest
from byline_pages import PARAGRAPHS

from reader.ingest.date_order import day_first_page
from reader.ingest.dates import date_end, has_date, is_date_line, iso_date, yearless_date
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("05.11.2023", "2023-11-05"),  # dots: day first
        ("Tue 14 Nov 2023 09.15 GMT", "2023-11-14"),
        ("3rd March 2022", "2022-03-03"),
        ("the 21st of June, 2024", "2024-06-21"),
        ("AUGUST 23, 2020", "2020-08-23"),  # a month in capitals
        ("PUBLISHED WED, MAR 6 20248:15 AM EST", "2024-03-06"),  # year glued to the time
        ("Staff Writer 2024-03-07T21:40:00Z Travel", "2024-03-07"),
        ("27. Januar 2014", "2014-01-27"),
        ("segunda-feira, 4 de março de 2024 às 18:20", "2024-03-04"),
        ("Diposting Maret 30, 2015", "2015-03-30"),
        ("24 сентября 2018", "2018-09-24"),
        ("2018年8月16日", "2018-08-16"),
        ("21/06/2014 Tony Gray", "2014-06-21"),  # a day over 12 decides the order
        ("11.14.2023 08:40 AM", "2023-11-14"),
        ("11/04/2019", "2019-11-04"),  # slashes: month first
        ("By Ann Lee • 03/14/24 4:05pm", "2024-03-14"),  # a year of two digits
        ("30/04/19", "2019-04-30"),
    ],
)
def test_iso_date_reads_the_ways_pages_write_a_date(text: str, iso: str) -> None:
    assert iso_date(text) == iso


def test_the_page_decides_which_number_comes_first() -> None:
    assert iso_date("04/05/2021", day_first=True) == "2021-05-04"
    assert iso_date("04.05.2021", day_first=False) == "2021-04-05"
    assert day_first_page(["Home", "Posted 21/06/2014", "04/05/2021"]) is True
    assert day_first_page(["Posted 06/21/2014"]) is False
    assert day_first_page(["04/05/2021"]) is None
    # no number tells: the page's spelled dates do
    assert day_first_page(["04/05/2021", "Updated 5 November 2021"]) is True
    assert day_first_page(["04/05/2021", "November 5, 2021"]) is False
    assert day_first_page(["04/05/2021", "5 November 2021", "November 5, 2021"]) is None
    assert day_first_page(["04/23/26 10:12 PM"]) is False  # a two-digit year tells too
    # nothing in the dates tells: the time zones the page prints, then its language
    assert day_first_page(["04/05/2021 09.15 GMT"]) is True
    assert day_first_page(["04/05/2021 9:15 PM EST"]) is False
    assert (
        day_first_page(["04/05/2021"], ["Die Fähre fährt jetzt bis Mitternacht und das ist neu."])
        is True
    )
    assert (
        day_first_page(["04/05/2021"], ["The ferry now runs until midnight, and that is new."])
        is None
    )
    # an English page that prices in pounds or euros, and never in dollars
    assert day_first_page(["04/05/2021"], ["A season ticket now costs £412."]) is True
    assert day_first_page(["04/05/2021"], ["The upgrade cost 3.2m euros."]) is True
    assert day_first_page(["04/05/2021"], ["It cost £40, or about $50."]) is None
    assert day_first_page(["04/05/2021"], ["She lost 30 pounds in a year."]) is None  # weight


@pytest.mark.parametrize(
    "text",
    ["3 hours ago", "an hour ago", "just now", "2 dias atrás", "Tue 14 Nov 2023 09.15 GMT",
     "05.11.2023", "Wednesday, 20th November 2019", "12. November 2015 / 13:48",
     "le 3 mars 2024 à 10h02", "3 mars 2024 10 h 02", "3.3.2024 klo 10.02", "10.02 Uhr",
     "14.5.2024 kl. 8.30", "10h02"],
)  # fmt: skip
def test_date_lines(text: str) -> None:
    assert has_date(text)
    assert is_date_line(text)


def test_words_that_only_look_like_months_are_no_date() -> None:
    assert not has_date("We may 5 times march on")
    assert iso_date("Version 2.26 of the app") is None
    assert iso_date("Version 1.2.23, open 24/7/365") is None


def test_a_date_without_its_year_takes_the_one_given() -> None:
    assert yearless_date("Updated May 3, 8:10 AM; Posted May 2, 9:40 AM", 2026) == "2026-05-03"
    assert yearless_date("3rd March", 2021) == "2021-03-03"
    assert yearless_date("May 2, 2026", 2021) is None  # it has its year
    assert yearless_date("November 2019", 2021) is None


@pytest.mark.parametrize(
    "time", ["", " 10h02", " à 10h02", " 10.02 Uhr", " um 10.02 Uhr", " klo 10.02", ", kl. 10.02"]
)
def test_a_date_is_read_with_or_without_the_time_other_languages_write(time: str) -> None:
    """The whole line stays a date line, the time's word no name or text after it."""
    for day in ("3.3.2024", "3 mars 2024", "3. März 2024"):
        assert is_date_line(day + time)
        assert date_end(day + time + " Aino Laine") == len(day + time) + 1
        assert iso_date(day + time) == "2024-03-03"


def test_numbers_that_are_no_time_stay_no_date() -> None:
    assert not has_date("a 24h race over 365 days") and not has_date("Room 10.02 is shut")


def test_a_year_inside_a_longer_number_dates_no_page() -> None:
    """A ticket's number holding "2024" under the byline is no date: the page shows none;
    a "Posted" line with its year under it is the page's date."""
    head = ["Harbour Daily", "Night ferry returns after a winter away", "By Orla Venn"]
    body = ["Ticket 1202455 for the ferry", *PARAGRAPHS]
    undated = parse_page(SourceText("t.txt", "\n\n".join([*head, *body]) + "\n", "utf-8"))
    assert undated.published is None
    dated = [*head, "Posted 3 March 2019", *body]
    article = parse_page(SourceText("t.txt", "\n\n".join(dated) + "\n", "utf-8"))
    assert (article.published, article.authors) == ("2019-03-03", ["Orla Venn"])
