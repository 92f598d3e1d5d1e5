"""Two people the text joins by "and" are the "they" of the quote after them, whatever
titles or roles they carry ("Alderman X and Dr Y", "X, a baker, and Y"); a plural noun
opening a sentence nearer than the pair is a group of its own, and "they" is not the pair."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_they_are_two_titled_people_joined_by_and() -> None:
    article = run(
        "Alderman Wenna Tobin and Dr Calder Iveson have asked the county to reopen the ferry"
        " across the Lisk estuary.",
        "“Half the town works on the other bank,” they said.",
    )
    assert pairs(article)[-1] == (
        "Half the town works on the other bank,",
        "Wenna Tobin and Calder Iveson",
    )


def test_they_are_two_people_each_with_a_role() -> None:
    article = run(
        "Hollis Penrake, a baker, and Odile Marsh, a florist, have kept the market hall's"
        " clock wound since the caretaker left.",
        "“Someone had to climb the ladder every Monday,” they said.",
    )
    assert pairs(article)[-1] == (
        "Someone had to climb the ladder every Monday,",
        "Hollis Penrake and Odile Marsh",
    )


def test_a_plural_noun_nearer_than_the_pair_is_not_the_pair() -> None:
    article = run(
        "Captain Mirela Dost and Officer Tam Greer opened the cordon at noon. Shopkeepers"
        " swept the glass from the pavement for the rest of the day.",
        "“We have never seen the square like this,” they said.",
    )
    assert pairs(article)[-1][1] != "Mirela Dost and Tam Greer"


def test_a_pair_that_is_the_object_is_not_they() -> None:
    article = run(
        "The Yarrow Valley trust thanked Nessa Coyle and Ruben Haight for ten years of"
        " counting the river’s salmon.",
        "“The count goes on with new volunteers,” they said.",
    )
    assert pairs(article)[-1][1] != "Nessa Coyle and Ruben Haight"


def test_a_pair_after_a_preposition_is_not_they() -> None:
    article = run(
        "The Brinmoor lifeboat crew trained on Sunday with Ivo Penhallow and Greta Sands.",
        "“We go out in worse than this every winter,” they said.",
    )
    assert pairs(article)[-1][1] != "Ivo Penhallow and Greta Sands"
