"""A body named by what it is for speaks under its whole name ("the Society for the
Protection of Hedgerows"), and a body's word the lexicon lists ends a body's name
("the Guild of Master Glaziers"), so "the guild said" later is that body, not a
person called "Guild" or "Protection"."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_guild_speaks_under_its_whole_name() -> None:
    article = run(
        "The Guild of Master Glaziers wrote to the minister on Monday. “Old windows are"
        " being torn out by the thousand,” the guild said.",
    )
    assert pairs(article) == [
        ("Old windows are being torn out by the thousand,", "Guild of Master Glaziers")
    ]


def test_a_society_for_a_purpose_keeps_its_purpose() -> None:
    article = run(
        "“Every mile of hedge we lose takes a century to grow back,” the Society for the"
        " Protection of Hedgerows said in a statement.",
    )
    assert pairs(article) == [
        ("Every mile of hedge we lose takes a century to grow back,",
         "Society for the Protection of Hedgerows"),
    ]  # fmt: skip


def test_a_university_is_still_cut_at_its_place() -> None:
    article = run(
        "“The data are clear,” said the University of Kelby of Westmarch, in a report.",
    )
    assert pairs(article) == [("The data are clear,", "University of Kelby")]


def test_a_first_name_before_and_shares_the_surname_after_it() -> None:
    article = run(
        "Tomas and Irena Halvorsen have kept bees on the common since 1998. Tomas wants to"
        " sell the hives. “Forty summers is enough for anyone,” he said.",
    )
    assert pairs(article) == [("Forty summers is enough for anyone,", "Tomas Halvorsen")]


def test_a_surname_that_ends_bodies_names_is_still_a_womans() -> None:
    article = run(
        "“The boats are late because the engines are old,” said Nathalie Guild, a ferry"
        " captain. She has run the crossing for twenty years. “Nobody fixes them,” she said.",
    )
    assert pairs(article) == [
        ("The boats are late because the engines are old,", "Nathalie Guild"),
        ("Nobody fixes them,", "Nathalie Guild"),
    ]
