"""Written pages of the byline and date families (tests/byline_families.py) a reader
sees the authors and the date of. Only the dev families are asserted: the held ones are
read by bench/byline_shapes.py --families as a check on rules written from these."""

from __future__ import annotations

import pytest
from byline_families import FAMILIES, HELD, PEOPLE, Written, written

from reader.ingest.page import parse_page
from reader.ingest.source import SourceText

# Not read yet: two people after a comma, whose first names no list knows, are read as
# one person and an outlet ("By Orla Brennick, Teodor Lund"), the shape of "Ann Lee,
# Harbour Daily" (two in capitals are read since session 33: capitals alone make no
# organisation).
# A name and an outlet after a slash over the date ("Orla Brennick / Harbour Daily") is a
# photo's credit too: a caption, which the broad byline does not read.
# A name of an unknown first name alone over the date with "for" an outlet ("Orla Brennick
# for Harbour Wire") reads as a headline ("Big Wins for Harbour Crews") would.
UNREAD = {
    ("authors joined", 3), ("line of names with a role", 2),
    ("name for an outlet", 0),
}  # fmt: skip
# Session 27's dev families as their first score left them (bench/byline_shapes.py
# --families, before any rule): each pair leaves this set when a rule reads it.
# Left: a name over "Chief Economist at Harbour Bank" (the role line is read as the
# headline); a name glued to a day-first date ("Orla Brennick4 March 2024": no date is
# seen on the line, so the body starts there; its name is read since session 33, the
# body's first blocks read with the header's rules, its date is not).
UNREAD |= {("name over a role and an outlet", 3), ("byline glued to the date", 3)}
# Session 28's dev families as their first score left them, less what its rules read:
# an author named only in a box at the end; a press release's company over the date
# read as its author ("Posted on the 4th of March" is read since session 32's second round).
UNREAD |= {("author box at the end only", 1)}  # "View all posts by …" (session 32 read 2, 3)
UNREAD |= {("press releases", 2)}
# Session 29's dev families as their first score left them, less what its rules read
# (a name over its date past buttons, counts and labels; an outlet after a bar; "Posted in
# … on DATE by Name"; "Mar.3, 2025"): a photo caption's older date over the header's (the
# name under it is read since session 33; the caption's date is still read first).
UNREAD |= {("older date in a photo caption", 2)}
# Session 30's dev families as their first score left them, less what its rules read (a
# credit or a contact line closing the body, an icon between a byline's pieces, "3 March"
# ending the names).
UNREAD |= {("date only in the dateline", 2), ("names no English list knows", 4)}
UNREAD |= {("header date with no year", 1), ("relative date, the full one elsewhere", 3)}
# Left by a reviewer's finding: "Name can be reached at …" closing the body, the line not
# saying the person writes, may be anyone's ("… can be reached at the box office").
UNREAD |= {("byline only at the article's end", 1)}
# Session 32's dev families as their first score left them: a surname that is a word of an
# outlet or a role ("Maren Post", "Ruth Media-Hale"); a year-first date spaced "2025. 3. 3.".
UNREAD |= {("surnames that are words of an outlet or a role", v) for v in range(4)}
UNREAD |= {("year first, dotted or slashed", 2)}
# Session 33's dev families as their first score left them, less what its rules read
# (names in capitals joined by "AND", "Contributor:"): share buttons glued to the byline
# or after it ("By Orla BrennickShareTweetEmail", "By … Share this article": the rule
# that reads them lifted no case it was not written for, and was left out).
UNREAD |= {("share buttons glued around the byline", v) for v in (0, 2)}
# Session 33's second round: another day's number date before the page's own number date
# over an unmarked name ("In print: 04.03.2025" or "Closes 31/03/2025", name, "03.03.2025")
# still dates the page by the first (not looked into: the rest of both families is read).
UNREAD |= {("an edition's or issue's day first in the header", 3)}
UNREAD |= {("an event's or deadline's fact line over the date", 3)}
# Session 34's dev families as their first score left them, less what the byline by
# evidence reads (a name alone in the header whose first name no list knows, with no date
# in the header and nothing beside it, is read since session 35: the page prints no other
# line of names): "Name for Outlet" over the date, read as the headline (as "name for an
# outlet", 0).
UNREAD |= {("name and outlet after a slash or a dash", 2)}
# Session 35's dev families as their first score left them, less what its rule reads (a
# name alone under the dek whose first name no list knows, its date far below): names in
# lower case; a desk or a beat glued after the name with no separator.
UNREAD |= {("names in lower case beside the date", v) for v in range(4)}
UNREAD |= {("desk or beat glued after the name", v) for v in range(4)}
# Session 36's dev families as their first score left them (bench/byline_shapes.py
# --families, before any rule): each pair leaves this set when a rule reads it.
# Left: a label in capitals with no colon before the name ("WORDS ORLA BRENNICK").
UNREAD |= {("bylines all in capitals with their dates", 2)}
# Session 36's second round (BYLINES_36B), as its rules left it: "Interview by A" over "As
# told to B" is read as both (the written answer, A alone, is arguable: the interviewer is
# the one it was told to).
UNREAD |= {("credits for a piece told in the first person", 3)}

# Each dev variant once, the people walking through PEOPLE (bench/byline_shapes.py
# --families reads every variant with every people).
DEV = [
    written(family, variant, (variant + k) % len(PEOPLE))
    for k, (family, variants) in enumerate(FAMILIES.items())
    if family not in HELD
    for variant in range(len(variants))
    if (family, variant) not in UNREAD
]


def read(page: Written) -> tuple[list[str], str]:
    article = parse_page(SourceText("written.txt", page.text, "utf-8"))
    return [a.casefold() for a in article.authors], article.published or ""


@pytest.mark.parametrize("page", DEV, ids=[f"{p.family}/{p.variant}/{p.people}" for p in DEV])
def test_the_authors_and_date_of_a_written_family_page(page: Written) -> None:
    assert read(page) == ([a.casefold() for a in page.authors], page.date)


def test_an_update_line_yields_to_the_published_line_under_it() -> None:
    """An "Updated March 6" line over "Published March 4" in the header: the published date."""
    page = written("published lines", 1)
    assert "Updated March 6, 2024" in page.text
    assert read(page)[1] == "2024-03-04"


def test_three_people_with_a_particle_and_a_suffix_are_a_byline() -> None:
    """A line of three names, one with "van", one with "Jr.", over the date: nine words,
    more than a name alone may have, but each part is a person's name."""
    page = written("authors joined", 2, people=1)
    assert "Zorion Quell, Ines van Dalen & Carl Dorsey Jr." in page.text
    assert read(page)[0] == ["zorion quell", "ines van dalen", "carl dorsey jr."]


def test_a_year_less_date_opening_a_line_of_more_pieces_takes_the_page_year() -> None:
    """A line "Oct 9 · 6 min read" under the byline, the copyright's year 2021: the date is
    the line's first piece, the reading time the page's addition."""
    text = "\n\n".join([
        "Valley Courier", "Rowing club wins its first cup in forty years",
        "By Piet Arnesen", "Oct 9 · 6 min read",
        "The rowers of the small club on the lake beat three city crews on Saturday.",
        "Their coach said the crew had trained at dawn all summer before work.",
        "The cup will stand in the boathouse until next year's race.",
        "© 2021 Valley Courier",
    ])  # fmt: skip
    article = parse_page(SourceText("written.txt", text + "\n", "utf-8"))
    assert article.published == "2021-10-09"
