"""A writer's role in lower case ("staff writer") printed over their byline is the
byline's, not the headline's second line: a headline ending on an open word still takes
the line that goes on its phrase when no name stands under it."""

from __future__ import annotations

from conftest import parse_text
from test_headline_asked import BODY, TOP

HEAD = "Ottermere parish council sells the old signal box"


def _title(head: list[str]) -> str | None:
    return parse_text("\n".join([*TOP, *head, *BODY]) + "\n").article.title


def test_a_role_in_lower_case_over_the_name_and_date_is_no_second_line() -> None:
    assert _title([HEAD, "staff writer", "Casimir Olenga", "April 3, 2026"]) == HEAD


def test_a_role_in_lower_case_over_a_marked_byline_is_no_second_line() -> None:
    assert _title([HEAD, "senior correspondent", "By Casimir Olenga", "April 3, 2026"]) == HEAD


def test_a_wrapped_headline_keeps_its_second_line() -> None:
    head = ["Ottermere parish council sells the old signal box to", "a railway society"]
    byline = ["By Casimir Olenga", "April 3, 2026"]
    assert _title([*head, *byline]) == " ".join(head)
