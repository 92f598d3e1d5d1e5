"""A short headline (one to four words) over its dek, a sentence that expands it, then a
byline: the short line is the headline when it is printed once and is no label in
capitals; a section's name the menu prints too, or a label in capitals, over the same
lines stays a kicker. The role line under a byline's name is never the headline."""

from __future__ import annotations

from conftest import parse_text

TOP = ["Skip to content", "Brindle Valley Gazette", "News", "Heritage", "Farming", "Letters"]
BODY = [
    (
        "The parish council in Ottermere wants to sell the old signal box, saying nobody "
        "has offered to mend its roof since the branch line shut in 1974."
    ),
    (
        '"We have kept it dry for fifty years and we cannot do it for fifty more," said '
        "Wendela Pryce, who chairs the council. Offers close at the end of June."
    ),
    "Share on Facebook",
    "Privacy policy",
    "© 2026 Brindle Valley Gazette",
]
# a sentence with its finite auxiliary ("has tried"), no full stop: a dek
DEK = "The parish council has tried for two years to find a buyer for the old signal box"
BYLINE = ["By Casimir Olenga", "April 3, 2026"]


def _title(head: list[str], byline: list[str] = BYLINE) -> str | None:
    return parse_text("\n".join([*TOP, *head, *byline, *BODY]) + "\n").article.title


def test_a_short_line_printed_once_over_a_dek_sentence_is_the_headline() -> None:
    assert _title(["Still no buyer", DEK]) == "Still no buyer"


def test_a_section_name_the_menu_prints_too_stays_a_kicker() -> None:
    assert _title(["Heritage", DEK]) == DEK


def test_a_label_in_capitals_stays_a_kicker() -> None:
    assert _title(["LOCAL HISTORY", DEK]) == DEK


def test_the_role_under_a_bylines_name_is_no_headline() -> None:
    byline = ["Casimir Olenga", "Staff reporter", "April 3, 2026"]
    assert _title(["Still no buyer", DEK], byline) != "Staff reporter"
