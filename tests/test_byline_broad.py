"""The broad byline and date (reader/ingest/byline_broad.py, page_date_broad.py): read on
written pages whose byline or date line is in a shape no specific rule names."""

from __future__ import annotations

from byline_pages import CHROME_BOTTOM, CHROME_TOP, FOOTER, PARAGRAPHS

from reader.ingest.byline_broad import line_names
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Article


def _page(header: list[str], after: tuple[str, ...] = ()) -> Article:
    lines = [
        *CHROME_TOP,
        "Tidal pools of the north shore draw a record count of divers",
        "The survey counted more visitors than in any year since it began, wardens said.",
        *header,
        *PARAGRAPHS,
        *after,
        *CHROME_BOTTOM,
        *FOOTER,
    ]
    return parse_page(SourceText("written.txt", "\n\n".join(lines) + "\n", "utf-8"))


def test_a_name_under_the_date_line() -> None:
    assert _page(["June 8, 2023", "Quorra Vexley"]).authors == ["Quorra Vexley"]


def test_two_people_and_their_plural_role() -> None:
    """ "Science Writers" is a role (a plural one), not a third person."""
    article = _page(["Quorra Vexley and Bastian Orme, Science Writers", "June 8, 2023"])
    assert article.authors == ["Quorra Vexley", "Bastian Orme"]


def test_names_before_a_date_and_a_word_that_joins_them() -> None:
    """The names end where the date starts (the line's own rules may read it first)."""
    assert line_names("Quorra Vexley am 8. Juni 2023 · Meinung") == ["Quorra Vexley"]
    assert line_names("By Quorra Vexley Jun 8, 2023 · 4 min read") == ["Quorra Vexley"]


def test_a_date_lines_words_are_no_name() -> None:
    """ "Published Thursday" over the date is no person, whatever is beside it."""
    assert _page(["Published Thursday", "June 8, 2023"]).authors == []


def test_a_name_under_the_last_paragraph_with_its_role() -> None:
    article = _page(["June 8, 2023"], after=("Quorra Vexley, Environment Correspondent",))
    assert article.authors == ["Quorra Vexley"]


def test_the_date_of_a_header_line_of_other_words() -> None:
    line = "Filed with help from the coastal desk on 8 June 2023 after the count"
    assert _page(["By Quorra Vexley", line]).published == "2023-06-08"


def test_a_line_that_says_it_published_the_article_over_its_update() -> None:
    """No date in the header; under the body an update's line over the published one:
    the published date, not the first date under the body."""
    after = ("Share this article", "Modified 11 June 2023", "First posted 8 June 2023")
    assert _page(["By Quorra Vexley"], after=after).published == "2023-06-08"


def test_a_category_word_after_a_name_is_no_part_of_it() -> None:
    """ "All" opens the list of the post's categories: no one's last name."""
    article = _page(["8 June 2023 Tern Mallow All, Tides, Harbour News"])
    assert "Tern Mallow All" not in article.authors


def test_a_header_of_dated_cards_names_no_author() -> None:
    """Three cards between headline and body, each a section, a title and its date:
    other articles', and so are the names among them."""
    cards = ["FERRIES", "Night crossings return", "May 2, 2023", "QUORRA VEXLEY",
             "Tide tables, explained", "May 9, 2023", "DIVING", "Kelp beds recover",
             "June 1, 2023"]  # fmt: skip
    assert _page(cards).authors == []


def test_the_first_of_a_list_of_signatories_under_the_body() -> None:
    """Names under the last paragraph over more names, with their colleges or roles: a
    letter's signatories, whatever first names they have."""
    after = ("Elena Vexley", "Saoirse Ambrell, Harbour University", "Martin Orme")
    assert _page(["June 8, 2023"], after=after).authors == []
