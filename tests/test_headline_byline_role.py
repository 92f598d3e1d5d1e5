"""A byline's role line ("Harbour correspondent" under the writer's name, the date under
it) is a line of the byline, no headline: a short headline over its dek stays the
headline when the byline runs over three lines."""

from __future__ import annotations

from conftest import parse_text
from test_headline_asked import BODY, DEK, TOP


def _title(head: list[str]) -> str | None:
    return parse_text("\n".join([*TOP, *head, *BODY]) + "\n").article.title


def test_a_role_line_between_the_name_and_the_date_is_no_headline() -> None:
    byline = ["Casimir Olenga", "Harbour correspondent", "April 3, 2026"]
    assert _title(["Who keeps the lamp?", DEK, *byline]) == "Who keeps the lamp?"


def test_a_role_line_under_a_marked_byline_is_no_headline() -> None:
    byline = ["By Casimir Olenga", "Senior reporter", "April 3, 2026"]
    assert _title(["Who keeps the lamp?", DEK, *byline]) == "Who keeps the lamp?"
