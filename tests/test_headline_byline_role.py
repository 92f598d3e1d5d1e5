"""A byline's role line ("Harbour correspondent" under the writer's name, the date under
it) is a line of the byline, no headline: a short headline over its dek stays the
headline when the byline runs over three lines."""

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


def _title(head: list[str]) -> str | None:
    return parse_text("\n".join([*TOP, *head, *BODY]) + "\n").article.title


def test_a_role_line_between_the_name_and_the_date_is_no_headline() -> None:
    byline = ["Casimir Olenga", "Harbour correspondent", "April 3, 2026"]
    assert _title(["Who keeps the lamp?", DEK, *byline]) == "Who keeps the lamp?"


def test_a_role_line_under_a_marked_byline_is_no_headline() -> None:
    byline = ["By Casimir Olenga", "Senior reporter", "April 3, 2026"]
    assert _title(["Who keeps the lamp?", DEK, *byline]) == "Who keeps the lamp?"
