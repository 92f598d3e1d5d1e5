"""A byline may say where the writer reports from ("Casimir Olenga at Mill Lane", "… in
Ottermere"), of a first name no list holds: it is the byline, never the headline, and
the names end where the place begins."""

from __future__ import annotations

from conftest import parse_text
from test_headline_asked import BODY, TOP

from reader.model.document import Article


def _article(head: list[str]) -> Article:
    return parse_text("\n".join([*TOP, *head, *BODY]) + "\n").article


def test_a_reporter_at_a_place_under_a_short_score_headline_is_the_byline() -> None:
    for where in ("at Mill Lane", "at the Quayside", "in Ottermere"):
        byline = f"Casimir Olenga {where}"
        article = _article(["Football", "Ottermere 2-1 Brindle", byline, "April 3, 2026"])
        assert article.title == "Ottermere 2-1 Brindle"
        assert article.authors == ["Casimir Olenga"]
