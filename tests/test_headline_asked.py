"""A short headline that asks ("Who keeps the lamp?") over a longer line with no full
stop, a byline under that: the question is the headline, the longer line its dek (a
section's kicker never asks). A plain section name over a headline stays a kicker."""

from __future__ import annotations

from conftest import parse_text

TOP = ["Skip to content", "Brindle Valley Gazette", "News", "Sport", "Farming", "Letters"]
BODY = [
    (
        "The parish council in Ottermere has voted to sell the old signal box, saying "
        "nobody has offered to repair its roof since the railway closed in 1974."
    ),
    (
        '"We looked after it for fifty years and it is time someone else did," said '
        "Wendela Pryce, who chairs the council. A buyer has until June to make an offer."
    ),
    "Share on Facebook",
    "Privacy policy",
    "© 2026 Brindle Valley Gazette",
]
DEK = "Ottermere's parish council puts the old signal box on the market after fifty years"
BYLINE = ["By Casimir Olenga", "April 3, 2026"]


def _title(head: list[str]) -> str | None:
    return parse_text("\n".join([*TOP, *head, *BYLINE, *BODY]) + "\n").article.title


def test_a_short_question_over_a_longer_line_is_the_headline_that_line_its_dek() -> None:
    assert _title(["Who keeps the lamp?", DEK]) == "Who keeps the lamp?"


def test_a_section_name_over_a_headline_stays_a_kicker() -> None:
    assert _title(["Heritage", DEK]) == DEK
