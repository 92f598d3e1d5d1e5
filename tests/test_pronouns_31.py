"""Pronouns whose person only the headline names: the headline is the farthest place
"he" or "she" may point to, after every sentence of the body."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_the_man_only_the_headline_names_is_the_he_of_the_body() -> None:
    article = run(
        "Every Sunday since 1979 the chess tables by the boating lake have been set out at dawn.",
        "“Somebody has to bring the clocks,” he said.",
        title="Groundsman Tobias Wendt packs away the park's chess sets for good",
    )
    assert pairs(article) == [("Somebody has to bring the clocks,", "Tobias Wendt")]


def test_the_headline_gives_no_she_to_a_name_of_no_known_sex() -> None:
    article = run(
        "The chess tables by the boating lake will go into storage this winter.",
        "“We will miss the noise of the clocks,” she said.",
        title="Groundsman Casimir Wendt packs away the park's chess sets for good",
    )
    assert pairs(article) == [("We will miss the noise of the clocks,", None)]


def test_the_headline_gives_no_she_when_it_names_only_a_man() -> None:
    article = run(
        "The chess tables by the boating lake will go into storage this winter.",
        "“We will miss the noise of the clocks,” she said.",
        title="Groundsman Peter Wendt packs away the park's chess sets for good",
    )
    assert pairs(article) == [("We will miss the noise of the clocks,", None)]


def test_a_man_the_body_names_comes_before_the_headline() -> None:
    article = run(
        "Casimir Wendt set out the chess tables by the boating lake for forty years. His"
        " successor, Lothar Brandt, starts on Monday.",
        "“The clocks are older than I am,” he said.",
        title="Groundsman Casimir Wendt retires",
    )
    assert pairs(article) == [("The clocks are older than I am,", "Lothar Brandt")]


def test_an_unlisted_first_name_shares_the_surname_after_and() -> None:
    article = run(
        "Ottokar and Ingrid Brauer have kept bees on the roof of the station since 2004.",
        "“The trains do not bother them at all,” Ottokar said.",
    )
    assert pairs(article) == [("The trains do not bother them at all,", "Ottokar Brauer")]


def test_they_after_two_people_named_together_is_the_two() -> None:
    article = run(
        "Ottokar and Ingrid Brauer have kept bees on the roof of the station since 2004.",
        "Last summer the hives gave ninety jars.",
        "“The trains do not bother them at all,” they said.",
    )
    assert pairs(article)[-1][1] == "Ottokar and Ingrid Brauer"


def test_they_is_a_body_named_after_the_two() -> None:
    article = run(
        "Ottokar and Ingrid Brauer have kept bees on the roof of the station since 2004.",
        "The Harwick Rail Company has now asked them to move the hives.",
        "“The roof needs work,” they said.",
    )
    assert pairs(article)[-1][1] == "Harwick Rail Company"
