"""A quote whose own cue brings in someone new ("one shopper said", "a man in a scarf
said") is that unnamed person's: the speaker is no one named, not a name or a place the
sentence before holds."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_one_shopper_is_not_the_market_named_before() -> None:
    article = run(
        "The Dunlow Street Market closed its doors on Friday after sixty years. “My father"
        " sold apples here,” one shopper said.",
    )
    assert pairs(article) == [("My father sold apples here,", None)]


def test_a_worker_is_not_the_woman_named_before() -> None:
    article = run(
        "Hanne Solberg sold the cannery last spring. “The new owners kept every job,” a"
        " worker on the night shift said.",
    )
    assert pairs(article) == [("The new owners kept every job,", None)]


def test_one_of_the_organisers_is_someone_new() -> None:
    article = run(
        "Referee Tobias Wren sent off two players before half time. “He lost control of the"
        " game early,” one of the organisers said.",
    )
    assert pairs(article) == [("He lost control of the game early,", None)]


def test_a_syllabus_she_posted_leaves_her_the_speaker() -> None:
    article = run(
        "Ines Valloton answered her critics on Sunday. Valloton then pinned the old"
        " timetable of her night course called “Line and Shade” to the gallery door,"
        " writing “Here is the class you say never ran.”",
    )
    assert pairs(article)[-1] == ("Here is the class you say never ran.", "Ines Valloton")
