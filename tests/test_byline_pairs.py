"""Two names joined by "and" and a comma after them: what follows the comma is the
outlet, not a third author (a third would be listed "Ann Lee, Bo Park and …")."""

from __future__ import annotations

from conftest import parse_text

BODY = (
    "The lock keepers of the Severn Reach worked through the night to free a barge that "
    "had wedged itself under the old swing bridge on Friday.\n\n"
    "Nobody was hurt, and the canal reopened to boats by noon on Saturday.\n"
)


def authors(byline: str) -> list[str]:
    page = f"Barge freed from swing bridge\n{byline}\nMay 3, 2025\n\n{BODY}"
    return [a.name if hasattr(a, "name") else a for a in parse_text(page).article.authors]


def test_the_piece_after_a_pair_of_names_is_their_outlet() -> None:
    assert authors("By Wenna Kolar and Idris Penhale-Roy, Canalside Live") == [
        "Wenna Kolar",
        "Idris Penhale-Roy",
    ]


def test_a_list_of_three_keeps_its_third_name() -> None:
    assert authors("By Wenna Kolar, Idris Penhale-Roy and Tobias Grell") == [
        "Wenna Kolar",
        "Idris Penhale-Roy",
        "Tobias Grell",
    ]


def test_a_role_line_under_the_byline_is_its_writers_role() -> None:
    """ "By Ann Lee" over "Harbour Affairs Reporter": her role, not a second author."""
    assert authors("By Wenna Kolar\nInland Waterways Reporter") == ["Wenna Kolar"]


def test_a_title_that_tells_a_sex_is_no_part_of_the_writers_name() -> None:
    assert authors("By Sir Alaric Penhale") == ["Alaric Penhale"]
