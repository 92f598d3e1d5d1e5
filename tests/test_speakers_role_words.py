"""A capitalised word opening a sentence before a listed first name and a surname is a
role ("Nurse Anna Lee", "Lifeguard Omar Ruiz"), not a first name the lists lack, unless
it has a first name's shape ("Billie Jean King") or an initial follows it ("Emmet G.
Sullivan"): the speaker is the person's own name."""

from __future__ import annotations

import pytest
from quote_helpers import pairs, run


@pytest.mark.parametrize("role", ["Nurse", "Lifeguard", "Midwife", "Landlord", "Paramedic"])
def test_a_role_opening_the_sentence_is_not_in_the_name(role: str) -> None:
    article = run(
        f"{role} Greta Holloway spent the night at the flooded care home in Sedgebrook.",
        "“We carried the residents upstairs one by one,” she said.",
    )
    assert pairs(article) == [("We carried the residents upstairs one by one,", "Greta Holloway")]


def test_a_first_name_of_a_names_shape_stays() -> None:
    article = run(
        "“The club owes the town a proper pitch,” said Maddie Louise Fairweather, who coaches"
        " the under-twelves.",
    )
    assert pairs(article) == [
        ("The club owes the town a proper pitch,", "Maddie Louise Fairweather")
    ]


def test_a_first_name_before_an_initial_stays() -> None:
    article = run(
        "“The records were never sealed,” said Judge Osgood T. Varnum, reading his ruling.",
    )
    assert pairs(article) == [("The records were never sealed,", "Osgood T. Varnum")]
