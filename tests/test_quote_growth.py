"""A long article's quotes are attributed with work that grows with its length, not with
its square: the people it introduced are looked up by word, each word's list sifted once
(``name_index``), not every introduction sifted again for each quote."""

from __future__ import annotations

import cProfile
import pstats

from tests.quote_helpers import run

GIVEN = ["Orla", "Piet", "Runa", "Stig", "Tove", "Ulla"]
SURNAMES = ["Brack", "Dunmore", "Feld", "Garrow"]


def _paragraphs(count: int) -> list[str]:
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


def _calls(count: int) -> tuple[int, list[tuple[str, str | None]]]:
    paragraphs = _paragraphs(count)
    profile = cProfile.Profile()
    profile.enable()
    article = run(*paragraphs)
    profile.disable()
    return pstats.Stats(profile).total_calls, [(q.text, q.speaker) for q in article.quotes]


def test_surname_speaks_for_the_full_name_named_in_its_paragraph() -> None:
    _, quotes = _calls(8)
    assert quotes[0] == ("The water rose by noon,", "Orla Brack")
    assert quotes[1] == ("We shut the gates twice,", "Orla Brack")  # she: Orla
    assert quotes[2] == ("The water rose by noon,", "Piet Dunmore")


def test_attribution_work_grows_with_the_article_not_its_square() -> None:
    short, _ = _calls(60)
    long, quotes = _calls(240)
    assert len(quotes) == 480
    assert long < 4.6 * short  # four times the paragraphs: about four times the calls
