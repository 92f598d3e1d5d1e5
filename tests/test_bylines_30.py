"""Bylines where session 30's families broke an assumption of the reading: a credit or a
contact line that closes the body (not only a line under it), an icon between a
byline's pieces, more words before "by", a day-first date with no year ending the names.
Each page here is written for its test, with names no first-name list holds."""

from __future__ import annotations

from byline_pages import CHROME_TOP, FOOTER, PARAGRAPHS, header_page

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Article

_HEADLINE = "Night market returns to the old fish hall"
_DEK = "Stallholders said the first evening drew more people than the summer fair."


def _page(header: list[str], closing: tuple[str, ...] = ()) -> Article:
    return header_page(_HEADLINE, _DEK, header, closing)


def test_a_credit_closing_the_body_names_the_writer_not_the_photographer() -> None:
    """ "Story by … . Photos by …." as the body's last paragraph: the writer only."""
    article = _page(["April 9, 2025"], ("Story by Mireva Toluk. Photos by Osk Brandir.",))
    assert article.authors == ["Mireva Toluk"]


def test_a_reporting_credit_in_the_body_is_read_and_its_helpers_are_not() -> None:
    """ "(Reporting by …; Additional reporting by …; Editing by …)" as the last paragraph."""
    closing = ("(Reporting by Mireva Toluk; Additional reporting by Osk Brandir; "
               "Editing by Tavi Quenn)",)  # fmt: skip
    assert _page(["April 9, 2025"], closing).authors == ["Mireva Toluk"]


def test_a_contact_line_closing_the_body_names_the_writer() -> None:
    closing = ("Contact reporter Mireva Toluk at desk@fishhall.example.",)
    assert _page(["April 9, 2025"], closing).authors == ["Mireva Toluk"]


def test_a_writer_who_can_be_reached_is_the_writer() -> None:
    """The line says she is a writer: "Name can be reached" alone may be anyone's."""
    closing = ("Mireva Toluk, a staff writer, can be reached at desk@fishhall.example.",)
    assert _page(["April 9, 2025"], closing).authors == ["Mireva Toluk"]


def test_a_bio_after_a_dash_names_the_writer() -> None:
    closing = ("— Mireva Toluk is a staff writer at the Quayside Courier.",)
    assert _page(["April 9, 2025"], closing).authors == ["Mireva Toluk"]


def test_an_icon_between_the_name_and_the_handle() -> None:
    """ "By Name ✉ @handle": the icon parts the pieces as a bar would."""
    article = _page(["By Mireva Toluk ✉ @fishhallnotes", "April 9, 2025"])
    assert article.authors == ["Mireva Toluk"]
    assert article.title == _HEADLINE


def test_two_words_before_by_open_a_byline() -> None:
    article = _page(["Opinion", "Guest column by Mireva Toluk", "April 9, 2025"])
    assert article.authors == ["Mireva Toluk"]


def test_a_link_to_a_writers_other_pieces_is_no_byline() -> None:
    """ "More stories by …" over the byline is a link, not this article's credit."""
    article = _page(["More stories by Tavi Quenn", "By Osk Brandir", "April 9, 2025"])
    assert article.authors == ["Osk Brandir"]


def test_a_credit_ending_a_sentence_leaves_its_full_stop() -> None:
    article = _page(["April 9, 2025"], ("Compiled by Mireva Toluk.",))
    assert article.authors == ["Mireva Toluk"]


def test_a_day_first_date_without_its_year_ends_the_names() -> None:
    """ "Posted by Name on 9 April": the page's year (its copyright's) dates it."""
    article = _page(["Posted by Mireva Toluk on 9 April"])
    assert (article.authors, article.published) == (["Mireva Toluk"], "2024-04-09")


def test_a_dateline_under_a_dek_and_a_name_dates_the_page() -> None:
    """The dek and an unknown name opened the body: the dateline stands in its third
    block, and still dates the page (in the copyright's year when it prints none)."""
    lines = [*CHROME_TOP, _HEADLINE, _DEK, "Tavi Quenn", "Quayside Wire"]
    lines += ["SELMORE, 9 April (QW) - " + PARAGRAPHS[0], *PARAGRAPHS[1:], *FOOTER]
    article = parse_page(SourceText("written.txt", "\n\n".join(lines) + "\n", "utf-8"))
    assert article.published == "2024-04-09"


def test_a_name_over_its_date_and_reading_time_is_the_byline() -> None:
    """A name of a first name no list holds over "date · reading time": a dated line."""
    article = _page(["Tavi Quenn", "Apr 9, 2025 · 4 min read"])
    assert article.authors == ["Tavi Quenn"]


def test_a_closing_line_saying_what_the_writer_writes_about_names_them() -> None:
    closing = ("Tavi Quenn writes about food and the harbour for the Quayside Courier.",)
    article = _page(["April 9, 2025"], closing)
    assert article.authors == ["Tavi Quenn"]
    assert closing[0] not in [b.text for b in article.blocks if b.kind.value == "paragraph"]


def test_about_the_name_over_a_bio_names_the_writer() -> None:
    closing = ("About Tavi Quenn", "Tavi has written about the fish hall since it opened.")
    assert _page(["April 9, 2025"], closing).authors == ["Tavi Quenn"]
