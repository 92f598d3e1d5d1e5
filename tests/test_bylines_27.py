"""Bylines and dates in shapes session 27's families showed no rule read: a byline glued
to the date after it, a photographer's credit ("Photographs by"), a photo credit under
the names where the date would stand, a byline broken at its "and" over two lines, the
date in brackets after the dateline's place. Each page here is written for its test."""

from __future__ import annotations

from test_bylines_26 import _page


def test_a_name_glued_to_the_published_date_is_the_name_alone() -> None:
    """The copy ran the name and the date line's "Published" together."""
    article = _page(["Wren HallowayPublished May 9, 2024"])
    assert article.authors == ["Wren Halloway"]
    assert article.published == "2024-05-09"


def test_a_photographer_is_no_author() -> None:
    article = _page(["Photographs by Ottilie Marchetti", "By Wren Halloway", "May 9, 2024"])
    assert article.authors == ["Wren Halloway"]


def test_two_names_over_a_photo_credit_are_the_byline() -> None:
    """The photo's credit stands between the names and the date: the names are no
    headline, they are the authors."""
    article = _page(
        ["Wren Halloway and Ottilie Marchetti", "Photo: Bram Castellane", "May 9, 2024"]
    )
    assert article.title == "Night ferry to the islands returns after a winter away"
    assert article.authors == ["Wren Halloway", "Ottilie Marchetti"]


def test_a_byline_broken_after_its_and() -> None:
    article = _page(["Wren Halloway and", "Ottilie Marchetti", "May 9, 2024"])
    assert article.authors == ["Wren Halloway", "Ottilie Marchetti"]


def test_a_byline_going_on_with_and_and_a_role() -> None:
    article = _page(
        ["By Wren Halloway, Coast Reporter", "and Ottilie Marchetti, Data Editor", "May 9, 2024"]
    )
    assert article.authors == ["Wren Halloway", "Ottilie Marchetti"]


def test_a_time_zone_ending_a_date_line_does_not_join_the_byline() -> None:
    """ "ET" ends the date line under the name: a zone, not French's "and"."""
    article = _page(["Wren Halloway", "Updated May 9, 2024, 10:02 AM ET"])
    assert article.authors == ["Wren Halloway"]


def test_the_date_in_brackets_after_the_datelines_place() -> None:
    article = _page(["By Wren Halloway"], opener="KESTREL BAY (May 9, 2023) — ")
    assert article.published == "2023-05-09"


def test_a_name_glued_to_a_day_first_date_is_the_name_alone() -> None:
    article = _page(["Leah Stone9 May 2024"])
    assert article.authors == ["Leah Stone"]


def test_two_names_running_into_their_outlet_over_the_date() -> None:
    """No comma before the outlet: the list's last name ends where the outlet's
    capitalised words, ending on an organisation's word, begin."""
    article = _page(
        [
            "Wren Halloway and Bram T. Castellane Kestrel Bay Evening Post",
            "Published 10:02 AM EST May 9, 2024",
        ]
    )
    assert article.authors == ["Wren Halloway", "Bram T. Castellane"]


def test_a_name_between_the_date_and_the_posts_categories() -> None:
    """A blog's line under its title: the date, the author, the categories filed in."""
    article = _page(["21/05/2024 Leah Stone All, Ferries, Harbour News"])
    assert article.authors == ["Leah Stone"]
    assert article.published == "2024-05-21"
