"""An indefinite pronoun opening a sentence ("Nobody knows.", "Everyone agrees") is no
person's name: an uncued quote after it has no named speaker (README, issue 14, session
30, second round)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_an_indefinite_pronoun_opening_a_sentence_names_no_speaker() -> None:
    article = run(
        "Will the ferry run again before the spring tides? Nobody at the quay can say.",
        "“We are still waiting on a gearbox from the mainland.”",
    )
    assert pairs(article) == [("We are still waiting on a gearbox from the mainland.", None)]
