"""A headline over a list of summary points (lines alike in form and length, marked with
bullets or not) over the byline: the byline stands under the headline past the list, and
a point of the list is no headline, however headline-shaped. A headline and its dek,
alike, make no list; a menu's short words over alike lines lead none."""

from __future__ import annotations

from conftest import parse_text
from test_headline_asked import BODY, TOP

from reader.ingest.header_lists import is_list

LONG = (
    "Anger in Ottermere as parish council puts the signal box that volunteers kept"
    " for half a century up for sale without asking a single one of them"
)
POINTS = [
    "The signal box has stood empty since the railway closed",
    "Volunteers in Ottermere repainted it twice at their own cost",
    "A buyer has until June to make the parish an offer",
]
BYLINE = ["By Casimir Olenga", "April 3, 2026"]


def _title(head: list[str]) -> str | None:
    return parse_text("\n".join([*TOP, *head, *BODY]) + "\n").article.title


def test_a_long_headline_over_summary_points_is_the_headline() -> None:
    assert _title([LONG, *POINTS, *BYLINE]) == LONG


def test_a_long_headline_over_bulleted_points_and_a_date_is_the_headline() -> None:
    assert _title([LONG, *("• " + p for p in POINTS), BYLINE[1]]) == LONG


def test_a_headline_over_its_dek_stays_the_headline() -> None:
    dek = "Ottermere's parish council puts the old signal box on the market at last"
    assert _title([POINTS[0], dek, *BYLINE]) == POINTS[0]
    assert not is_list([POINTS[0], dek], LONG)  # alike in length, but two lines: no list
