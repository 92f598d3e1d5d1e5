"""Two lines that are no headline's neighbours of the kind they were read as: a point of a
list of bullets under a long headline, over the byline, is no headline (the list's
lines are alike in form, the headline is not); a breadcrumb over a headline that keeps
its auxiliary ("… is sold …") has no dek, so that headline stays one."""

from __future__ import annotations

from conftest import parse_text
from test_headline_asked import BODY, BYLINE, TOP

LONG = (
    "Revealed: the signal box that cost Ottermere twice what was promised, and the "
    "councillors who signed it off without reading a single page of the report"
)
POINTS = [
    "• The signal box has been shut three times since it was first promised",
    "• Families in Ottermere say nobody at the council answers their letters",
]


def _title(head: list[str]) -> str | None:
    return parse_text("\n".join([*TOP, *head, *BODY]) + "\n").article.title


def test_a_bullet_over_the_byline_under_a_long_headline_is_no_headline() -> None:
    assert _title([LONG, *POINTS, *BYLINE]) == LONG


def test_a_breadcrumb_owns_no_dek() -> None:
    head = "Ottermere's old signal box is sold after fifty years of waiting"
    assert _title(["Home > News > Heritage", head, *BYLINE]) == head
