"""The byline by evidence (session 34): a name alone in the header was a byline only by
the line right beside it (a date, a role line, a handle); now, when no rule of a byline's
shape found the authors, each line of names of the header is scored by what the whole
page says (a known first name, a date in the header, a role, outlet or place beside it,
the body not naming the person again). Each page here is written for its test, with
invented names."""

from __future__ import annotations

from byline_pages import header_page

from reader.model import Article

_HEADLINE = "Night market returns to the old tram depot after a summer away"
_DEK = "Stallholders said the winter rents had kept many of them from coming back."


def _page(header: list[str], closing: tuple[str, ...] = ()) -> Article:
    return header_page(_HEADLINE, _DEK, header, closing)


def test_a_name_over_its_beat_and_outlet_then_the_date() -> None:
    """The name's beat and outlet stand between it and its date: still the writer."""
    article = _page(["Wendeline Harko", "Transit and housing", "Eastmoor Courier", "June 2, 2025"])
    assert article.authors == ["Wendeline Harko"]


def test_a_name_with_no_date_in_the_header() -> None:
    """The page dates itself only under the body: a known first name alone in the header
    is the writer."""
    article = _page(["Rosalind Teague"], ("Published June 2, 2025",))
    assert article.authors == ["Rosalind Teague"]


def test_a_name_over_a_relative_time() -> None:
    assert _page(["Rosalind Teague", "4h"]).authors == ["Rosalind Teague"]


def test_a_name_and_outlet_after_a_slash_is_no_photo_credit() -> None:
    """ "Name / Outlet" over the date under the dek, no caption above it: the byline."""
    article = _page(["Ottoline Brask / Eastmoor Courier", "June 2, 2025"])
    assert article.authors == ["Ottoline Brask"]


def test_a_person_the_body_names_again_is_no_writer() -> None:
    """A name alone in the header that the body names again is a person the story is
    about (quoted, pictured), not its writer."""
    said = ("Rosalind Brask, who has sold lamps at the depot for a decade, said the rents"
            " had doubled since the spring.", "Published June 2, 2025")  # fmt: skip
    assert _page(["Rosalind Brask"], said).authors == []


def test_a_person_the_body_quotes_is_no_writer_over_a_relative_time() -> None:
    """A time under the name and a known first name do not outweigh the body naming the
    person as its speaker: no mark says she wrote it."""
    said = ("Rosalind Brask, who has sold lamps at the depot for a decade, said the rents"
            " had doubled since the spring.",)  # fmt: skip
    assert _page(["Rosalind Brask", "4h"], said).authors == []


def test_a_pictured_person_is_no_writer() -> None:
    """A picture's label over a name: the person pictured, not the writer."""
    assert _page(["Image", "Rosalind Brask", "4h"]).authors == []


def test_a_label_of_the_page_is_no_writer() -> None:
    """Capitalised words of no one's name ("Most Read") are not a name however near."""
    assert _page(["Most Read", "4h"], ("Published June 2, 2025",)).authors == []


def test_a_newsrooms_staff_credit_under_the_date_names_no_one() -> None:
    """ "Kestrel Live Staff" under the date: the newsroom's credit, not a writer called
    "Kestrel Live" with the role "Staff"."""
    assert _page(["June 2, 2025", "Kestrel Live Staff"]).authors == []


def test_words_of_no_ones_name_over_the_date_are_no_writer() -> None:
    """The check the byline by evidence makes is made by the rules of a name over its date
    too: "Most Read" or an authority's name over a date names no writer; a name of a
    first name no list knows over its date (a place's noun its surname), or a news agency's,
    still does."""
    for label in ("Most Read", "Tidewater Port Authority", "Lower Harbour Council"):
        assert _page([label, "June 2, 2025"]).authors == []
    assert _page(["Wendeline Harko", "June 2, 2025"]).authors == ["Wendeline Harko"]
    assert _page(["Reuters", "June 2, 2025"]).authors == ["Reuters"]
    assert _page(["Orvid Hall", "June 2, 2025"]).authors == ["Orvid Hall"]  # a place's noun
