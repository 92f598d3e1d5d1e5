"""An age in a description ("the 17-year-old", "the 61-year-old baker") says a person:
it stands for the one the paragraph before brought in heading a sentence, even with a
first name no list holds and no description of their own; never for a place."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_the_17_year_old_is_the_winner_named_before() -> None:
    article = run(
        "Oskarina Fell won the junior sculling title on the lake.",
        "“I trained on the river every morning before school,” the 17-year-old said.",
    )
    assert pairs(article) == [
        ("I trained on the river every morning before school,", "Oskarina Fell")
    ]


def test_an_age_before_a_role_is_the_person_named_before() -> None:
    article = run(
        "Zelimir Hask opened the bakery on Mill Lane in 1990.",
        "“Flour costs twice what it did,” the 61-year-old baker said.",
    )
    assert pairs(article) == [("Flour costs twice what it did,", "Zelimir Hask")]


def test_an_age_is_never_a_place() -> None:
    article = run(
        "Port Vellan flooded again on Monday night.",
        "“The water came up through the floor,” the 40-year-old said.",
    )
    assert pairs(article) == [("The water came up through the floor,", None)]


def test_a_relation_of_the_aged_is_someone_else() -> None:
    """ "the father of the 19-year-old" is the father, whom the article does not name."""
    article = run(
        "Teodor Brask won the regional chess title on Sunday in front of a full hall.",
        "“He never missed a single club night,” the father of the 19-year-old said.",
    )
    assert pairs(article) == [("He never missed a single club night,", None)]
