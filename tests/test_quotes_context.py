"""Attributions outside the quote's sentence, and cues with any verb after a quote."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_any_verb_after_a_comma_quote() -> None:
    article = run("“They never read the bill,” Vera Holm fumed on Tuesday.")
    assert pairs(article) == [("They never read the bill,", "Vera Holm")]


def test_paragraph_ending_in_a_colon_hands_over_its_speaker() -> None:
    article = run(
        "“Rates are up,” said Ines Ortega.",
        "Councilman Abel Stroud wrote:",
        "“The town cannot carry this debt for another decade.”",
    )
    assert pairs(article)[-1][1] == "Abel Stroud"


def test_quote_opening_a_sentence_takes_the_subject_before_it() -> None:
    article = run(
        "“We are ready,” said Hal Benning.",
        "Professor Nadia Elkin agreed. “The test scores speak for themselves.”",
    )
    assert pairs(article)[-1] == ("The test scores speak for themselves.", "Nadia Elkin")
