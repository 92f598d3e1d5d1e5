"""A name of several given names and particles is found again from its short form: the
first-name lists are read in plain letters ("Zoë", "Tomás"), a hyphened first name of
two listed ones is one ("Anne-Marie"), a short form of two words is the surname of the
full name when a given name before it is listed or a particle ends them ("ap")."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_double_surname_after_several_given_names() -> None:
    article = run(
        "The ferry's new captain, Inés de la Paz Orozco Beltrán, took the wheel on Monday.",
        "“The strait is calmer than my kitchen,” said Orozco Beltrán.",
    )
    assert pairs(article) == [
        ("The strait is calmer than my kitchen,", "Inés de la Paz Orozco Beltrán")
    ]


def test_a_surname_after_a_welsh_particle() -> None:
    article = run(
        "The shepherd Iolo ap Gwilym Morgan has walked the ridge for fifty winters.",
        "“The sheep know the path better than I do,” ap Gwilym Morgan said.",
    )
    assert pairs(article) == [
        ("The sheep know the path better than I do,", "Iolo ap Gwilym Morgan")
    ]


def test_a_hyphened_first_name_is_a_first_name() -> None:
    article = run(
        "Anne-Marie Castellane Roux opened the bakery in 1998.",
        "“Bread is the easy part,” Castellane Roux said.",
    )
    assert pairs(article) == [("Bread is the easy part,", "Anne-Marie Castellane Roux")]


def test_a_first_name_with_diacritics_is_a_listed_first_name() -> None:
    article = run(
        "Zoë Castellane Roux opened the bakery in 1998.",
        "“Bread is the easy part,” Castellane Roux said.",
    )
    assert pairs(article) == [("Bread is the easy part,", "Zoë Castellane Roux")]


def test_a_short_form_after_a_listed_first_name_and_an_unlisted_one() -> None:
    article = run(
        "Ruth Anouk Castellane Roux opened the bakery in 1998.",
        "“Bread is the easy part,” Castellane Roux said.",
    )
    assert pairs(article) == [("Bread is the easy part,", "Ruth Anouk Castellane Roux")]
