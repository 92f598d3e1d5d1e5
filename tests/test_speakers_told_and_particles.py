"""The one a speaker tells ("told the Chronicle:") is no speaker, article or not; and a
first name the lists lack stays in the name when particles follow it ("Wouter ter Horst")."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_the_paper_told_before_a_colon_is_not_the_speaker() -> None:
    article = run("Wilma Torsk told the Chronicle: “The lock was broken before we arrived.”")
    assert pairs(article) == [("The lock was broken before we arrived.", "Wilma Torsk")]


def test_a_name_before_a_colon_speaks_when_no_one_is_told() -> None:
    article = run("The harbour master, Wilma Torsk: “The lock was broken before we arrived.”")
    assert pairs(article) == [("The lock was broken before we arrived.", "Wilma Torsk")]


def test_an_unlisted_first_name_before_particles_stays_in_the_name() -> None:
    article = run("“We never saw the letter,” said Wouter ter Horst.")
    assert pairs(article) == [("We never saw the letter,", "Wouter ter Horst")]
