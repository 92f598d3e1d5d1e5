"""A role written with a hyphen ("Vice-Chancellor", "Lieutenant-Governor") is a role, as
its words are apart: the speaker is the person after it, not a person called by it."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_hyphenated_role_before_the_name_is_no_part_of_it() -> None:
    article = run("“Nothing has been decided,” insisted Vice-Chancellor Amadou Sy on Friday.")
    assert pairs(article) == [("Nothing has been decided,", "Amadou Sy")]


def test_a_hyphenated_surname_stays_whole() -> None:
    article = run("“We are ready,” said Ines Moreau-Lind, the ferry’s captain.")
    assert pairs(article) == [("We are ready,", "Ines Moreau-Lind")]
