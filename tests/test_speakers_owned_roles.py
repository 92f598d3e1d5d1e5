"""A role of someone else's written in apposition with a name ("His lawyer, Ann Roe,",
"Ann Roe, her deputy,") is that person's role: "the lawyer said" later stands for her.
A phrase after a possessive whose head is no role ("her voice shaking") gives none."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_possessive_role_before_the_name() -> None:
    article = run(
        "The drummer did not come to the hearing in Wexmoor. His lawyer, Ottilie Brandt,"
        " read a short statement to the magistrates.",
        "“My client regrets the noise, not the music,” the lawyer said.",
    )
    assert pairs(article) == [("My client regrets the noise, not the music,", "Ottilie Brandt")]


def test_a_possessive_role_after_the_name() -> None:
    article = run(
        "Mayor Ines Carvalho and Tadeusz Wrona, her deputy, cut the ribbon on the footbridge.",
        "“It took nine years and four engineers,” the deputy said.",
    )
    assert pairs(article) == [("It took nine years and four engineers,", "Tadeusz Wrona")]


def test_a_possessive_phrase_that_is_no_role() -> None:
    article = run(
        "Tadeusz Wrona watched as Ines Carvalho, her voice shaking, cut the ribbon.",
        "“It took nine years and four engineers,” the deputy said.",
    )
    assert pairs(article) == [("It took nine years and four engineers,", None)]


def test_a_possessive_role_in_an_opening_clause_is_no_apposition() -> None:
    """ "After calling his lawyer, Nils Vang walked out": the lawyer is someone else, so
    "the lawyer said" is not Nils Vang (read-through)."""
    for opening in ("After calling his lawyer,", "Flanked by his lawyer,"):
        article = run(
            f"{opening} Nils Vang walked out of the station on Friday evening.",
            "“Nothing has been signed,” the lawyer said.",
        )
        assert pairs(article) == [("Nothing has been signed,", None)], opening
