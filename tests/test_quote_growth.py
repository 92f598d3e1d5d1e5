"""A long article's quotes are attributed with work that grows with its length, not with
its square: the people it introduced are looked up by word, each word's list sifted once
and each name's places bisected (``name_index``), and the bodies heard from are a list of
their own (``Cast.heard``), not every introduction or speaker walked again for each quote.
The work is counted in lines run (a trace), which the machine's load does not change."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

from tests.quote_helpers import run

GIVEN = ["Orla", "Piet", "Runa", "Stig", "Tove", "Ulla"]
SURNAMES = ["Brack", "Dunmore", "Feld", "Garrow"]
BODIES = ["the Ferrow Lock Trust", "the Garrow Boat Company", "the Tideway Board"]


def _people(count: int) -> list[str]:
    """A hearing's report: full names each paragraph, then a surname or a pronoun speaks."""
    out = []
    for n in range(count):
        first, second = GIVEN[n % 6], GIVEN[(n + 1) % 6]
        surname = SURNAMES[n % 4]
        out.append(
            f"{first} {surname}, who keeps the lock at Ferrow, spoke after {second} "
            f"{SURNAMES[(n + 1) % 4]}. “The water rose by noon,” {surname} said. "
            f"“We shut the gates twice,” she added."
        )
    return out


def _bodies(count: int) -> list[str]:
    """A filings round-up: a body acts, then "it said"; a person speaks for another."""
    out = []
    for n in range(count):
        body, other = BODIES[n % 3], BODIES[(n + 1) % 3]
        out.append(
            f"{body[0].upper()}{body[1:]} said on Monday that it would appeal. “The ruling "
            f"was wrong,” it said. Kai Moll, who speaks for {other}, disagreed. “Not so,” "
            f"Moll said."
        )
    return out


def _work(paragraphs: list[str]) -> tuple[int, list[tuple[str, str | None]]]:
    """Lines run to attribute the article's quotes, and its (quote, speaker) pairs."""
    lines = 0

    def count(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal lines
        lines += event == "line"
        return count

    sys.settrace(count)
    try:
        article = run(*paragraphs)
    finally:
        sys.settrace(None)
    return lines, [(q.text, q.speaker) for q in article.quotes]


def test_a_surname_speaks_for_the_full_name_named_last_and_it_for_the_body() -> None:
    _, quotes = _work(_people(8))
    assert quotes[0] == ("The water rose by noon,", "Orla Brack")
    assert quotes[1] == ("We shut the gates twice,", "Orla Brack")  # she: Orla
    assert quotes[2] == ("The water rose by noon,", "Piet Dunmore")
    _, quotes = _work(_bodies(4))
    assert quotes[:2] == [("The ruling was wrong,", "Ferrow Lock Trust"), ("Not so,", "Kai Moll")]
    assert quotes[2] == ("The ruling was wrong,", "Garrow Boat Company")


def test_attribution_work_grows_with_the_article_not_its_square() -> None:
    for paragraphs in (_people, _bodies):
        short, _ = _work(paragraphs(40))
        long, quotes = _work(paragraphs(160))
        assert len(quotes) == 320
        assert long < 4.6 * short  # four times the paragraphs: about four times the work
