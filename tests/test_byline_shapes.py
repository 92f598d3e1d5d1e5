"""Written pages with their byline and date in the shapes real pages print them
(tests/byline_pages.py): the authors and the date a reader sees. bench/byline_shapes.py
reads all 2,497 of them; here each byline shape, name shape and date shape once."""

from __future__ import annotations

import pytest
from byline_pages import (
    DATES,
    HEADLINES,
    NAMES,
    PARAGRAPHS,
    SHAPES,
    Page,
    named,
    organisation_pages,
    page,
    undated_pages,
)

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText


def read(generated: Page) -> tuple[list[str], str]:
    article = parse_page(SourceText("generated.txt", generated.text, "utf-8"))
    return article.authors, article.published or ""


# Each shape with a name and a date that walk through theirs, teasers or none in turn.
SAMPLE = [
    *(page(s, s % len(NAMES), s % len(DATES), variant=s) for s in range(len(SHAPES))),
    *(page(n % len(SHAPES), n, (n + 3) % len(DATES), variant=n) for n in range(len(NAMES))),
    *(page((d + 5) % len(SHAPES), (d + 1) % len(NAMES), d, variant=d) for d in range(len(DATES))),
    # A name of a first name no list knows beside a reading time; a list's third
    # person of one; a long date after a name, or before it; a number date's slashes
    # after a name (no photo credit's "Name/Agency"); an agency in brackets after the
    # name; a time's offset ("+0000") in a date line
    named("names, dot, read time", "rare first name", "month first"),
    named("name over date", "three", "month first"),
    named("names, bar, date", "particle van", "weekday time zone"),
    named("names, bar, date", "rare first name", "slashes month first"),
    named("date, dash, names", "rare first name", "with time"),
    named("By names (agency)", "plain", "month first"),
    named("Published date by names", "plain", "weekday, seconds, offset"),
    # over the headline (the layout of variant 6): a name over its role, "Follow" and
    # the date; "Updated" before "Published"; a hyphenated first name; an accented one
    named("names over role over Follow", "plain", "month first", variant=6),
    named("Updated, Published", "plain", "day first", variant=6),
    named("name over date", "hyphen", "month first", variant=6),
    named("name over date", "accents", "month first", variant=6),
    *organisation_pages(),
    *undated_pages(),
]


@pytest.mark.parametrize(
    "generated", SAMPLE, ids=[f"{p.shape}/{p.name_shape}/{p.date_shape}" for p in SAMPLE]
)
def test_the_byline_and_date_of_a_written_page(generated: Page) -> None:
    authors, date = read(generated)
    assert [a.casefold() for a in authors] == [a.casefold() for a in generated.authors]
    assert date == generated.date


def test_menu_words_over_the_headline_name_no_author() -> None:
    """Two capitalised words over a role's word ("News") among the menus over the
    headline: no first name known, no byline there."""
    lines = ["Home", "Search", "Previous Next", "Breaking News", HEADLINES[0], *PARAGRAPHS]
    authors, _ = read(Page("menu", "", "", "", "\n\n".join(lines) + "\n", [], ""))
    assert authors == []
