"""A role owned by a possessive name, in apposition with the speaker's name (README,
issue 14, session 30, second round): the owner is the role's owner, never the speaker,
whether the role opens the sentence or follows an inverted say-verb."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_the_owner_of_a_role_after_an_inverted_say_verb_does_not_speak() -> None:
    article = run(
        "The count starts at nine.",
        "“Half these ballots were posted late,” said Okafor's agent, Sunniva Brightwell.",
    )
    assert pairs(article) == [("Half these ballots were posted late,", "Sunniva Brightwell")]


def test_the_pronoun_after_an_owned_role_opening_a_sentence_is_the_named_person() -> None:
    article = run(
        "Tarrow Mills' night supervisor, Ines Grull, said the looms were quiet again."
        " “We lost a shift, no more,” she said.",
    )
    assert pairs(article) == [("We lost a shift, no more,", "Ines Grull")]
