"""A body named for two things it serves, joined by "and" ("Department of Health and
Human Services"), speaks under its whole name, after its cue or heading the sentence; a
body and a person joined by "and" stay two (``name_runs``, session 36)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_body_serving_two_things_speaks_whole() -> None:
    after = run("“The vats are safe,” said the Institute of Brewing and Cellar Hygiene.")
    assert pairs(after) == [("The vats are safe,", "Institute of Brewing and Cellar Hygiene")]
    heading = run("“Fares must fall,” the League for Cyclists and Ramblers said on Monday.")
    assert pairs(heading) == [("Fares must fall,", "League for Cyclists and Ramblers")]


def test_a_body_then_a_person_joined_by_and_stay_two() -> None:
    article = run(
        "Wenna Trago of the Ministry of Fisheries and Orla Quint of the Harbour Board met.",
        "“The quota is final,” Quint said.",
    )
    assert pairs(article) == [("The quota is final,", "Orla Quint")]
