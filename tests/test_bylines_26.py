"""Bylines and dates in shapes session 26's families showed no rule read: a date only in
the body's dateline, a reviewer's credit, a title before a name, a signature that says
where it was written. Each page here is written for its test."""

from __future__ import annotations

from byline_pages import CHROME_BOTTOM, CHROME_TOP, FOOTER, PARAGRAPHS

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Article


def _page(header: list[str], opener: str = "", after: tuple[str, ...] = ()) -> Article:
    lines = [
        *CHROME_TOP,
        "Night ferry to the islands returns after a winter away",
        "The crossing will run three evenings a week until the autumn, the operator said.",
        *header,
        opener + PARAGRAPHS[0],
        *PARAGRAPHS[1:],
        *after,
        *CHROME_BOTTOM,
        *FOOTER,
    ]
    return parse_page(SourceText("written.txt", "\n\n".join(lines) + "\n", "utf-8"))


def test_the_date_of_the_dateline_in_the_copyright_year() -> None:
    """No date line in the header: the dateline's "May 9" is the page's, in the year of
    its copyright line (© 2024)."""
    article = _page(["By Wren Halloway"], opener="KESTREL BAY, May 9 (Coast Wire) – ")
    assert article.published == "2024-05-09"


def test_the_date_of_a_dateline_with_its_year_and_slashed_agency() -> None:
    article = _page(["By Wren Halloway"], opener="Kestrel Bay, 9 May 2023 /Coast Wire/ -- ")
    assert article.published == "2023-05-09"


def test_a_reviewer_is_no_author() -> None:
    article = _page(["Written by Wren Halloway", "Reviewed by Ottilie Marchetti", "May 9, 2024"])
    assert article.authors == ["Wren Halloway"]


def test_a_title_before_the_name_is_not_the_name() -> None:
    article = _page(["By Dr. Wren Halloway and Prof Ottilie Marchetti", "May 9, 2024"])
    assert article.authors == ["Wren Halloway", "Ottilie Marchetti"]


def test_a_signature_with_its_place_under_the_body() -> None:
    article = _page(["May 9, 2024"], after=("— Wren Halloway, in Kestrel Bay",))
    assert article.authors == ["Wren Halloway"]


def test_people_who_reported_from_a_place() -> None:
    """The note closing the body says who reported it, and from where."""
    article = _page(
        ["May 9, 2024"], after=("Wren Halloway and Ottilie Marchetti reported from Kestrel Bay.",)
    )
    assert article.authors == ["Wren Halloway", "Ottilie Marchetti"]


def test_a_two_digit_year_date_elsewhere_tells_the_order() -> None:
    """ "05/09/24" could be May 9 or 5 September; "22/09/24" under the body can only be
    read day first, so the page writes the day first."""
    article = _page(["By Wren Halloway", "05/09/24"], after=("Comments closed 22/09/24",))
    assert article.published == "2024-09-05"


def test_the_published_line_wins_over_an_update_alone_in_the_header() -> None:
    """The header prints only the update; the published date stands under the body."""
    article = _page(
        ["By Wren Halloway", "Last updated Friday, May 10, 2024"],
        after=("Published Thursday, May 9, 2024",),
    )
    assert article.published == "2024-05-09"


def test_three_people_after_by_with_commas_alone() -> None:
    """No "and", no role, no outlet: three names after "By" are three people, none of
    them known first names."""
    article = _page(["By Wren Halloway, Ysolde Ambry, Quillon Fenwick", "May 9, 2024"])
    assert article.authors == ["Wren Halloway", "Ysolde Ambry", "Quillon Fenwick"]


def test_a_teasers_date_over_the_byline_is_not_the_pages() -> None:
    """A "Related:" line in the header dates another article; the page's date is under
    the byline."""
    article = _page(["Related: 14/02/2024", "By Wren Halloway", "09/05/2024"])
    assert article.published == "2024-05-09"
