"""A nickname quoted inside a name ("Robert “Bobby” Tranh") is no break in the name: the
speaker is the whole name, and the nickname stays a scare quote, nobody's speech."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_nickname_between_first_name_and_surname() -> None:
    article = run(
        "“The ice came in overnight and nobody could reach the nets,” said Leopold “Leo”"
        " Vantongeren, who has fished the northern lakes for thirty winters.",
    )
    assert pairs(article) == [
        ("The ice came in overnight and nobody could reach the nets,", "Leopold Vantongeren")
    ]
    assert [(q.text, q.kind) for q in article.quotes if q.kind == "scare"] == [("Leo", "scare")]


def test_a_surname_later_is_the_nicknamed_person() -> None:
    article = run(
        "Marguerite “Daisy” Oyelaran opened the first bakery on Tenter Street in 1989.",
        "“We sold bread by the slice back then,” Oyelaran said.",
    )
    assert pairs(article) == [("We sold bread by the slice back then,", "Marguerite Oyelaran")]


def test_a_title_after_a_possessive_is_no_nickname() -> None:
    article = run(
        "Harriet Osei’s “Salt” Tour opened in Kumasi on Friday.",
        "“I wrote every song on a ferry,” Osei said.",
    )
    assert pairs(article) == [("I wrote every song on a ferry,", "Harriet Osei")]
