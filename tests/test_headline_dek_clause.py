"""A dek need not end on a full stop when it reads as a sentence: in sentence case,
with a finite auxiliary ("has", "was", "will") that a headline's headlinese drops. So a
figurative headline over such a dek keeps the headline; a line over a headline in
headlinese (no auxiliary: a continuation or promo line over it) stays over it, the
headline still the headline (a dek with no full stop and no auxiliary would take it)."""

from __future__ import annotations

from conftest import parse_text

BODY = [
    (
        "The rope works in Oldmere has closed its gates after ninety years, leaving "
        "forty people to look for work before the winter comes to the valley."
    ),
    (
        "Ottilie Marsh, who spliced ropes there since she was sixteen, said the last "
        "shift was quiet. \u201cNobody wanted to be the one to switch off the lights,\u201d she said."
    ),
    (
        "The owners said the orders from the boatyards had dried up in the spring, "
        "and that no buyer had come forward for the sheds by the canal."
    ),
]
MENU = ["The Valley Echo", "Home", "Local", "Sport", "Weather"]


def _title(top: list[str]) -> str | None:
    return parse_text("\n".join([*MENU, *top, *BODY]) + "\n").article.title


def test_a_figurative_headline_over_an_unstopped_dek_is_the_headline() -> None:
    head = "The knot that finally came undone"
    dek = "The rope works in Oldmere has closed its gates after ninety years"
    assert _title([head, dek, "By Anselm Crane | March 3, 2026"]) == head


def test_a_line_over_a_headline_in_headlinese_stays_over_it() -> None:
    head = "Oldmere rope works closes its gates after ninety years"
    top = ["...continued from the front page of this edition", head]
    assert _title([*top, "Local news", "By Anselm Crane", "March 3, 2026"]) == head
