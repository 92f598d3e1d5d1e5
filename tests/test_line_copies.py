"""The index of a page's repeated lines answers what a scan of the whole page answers
(the headline's features ask it of every candidate line: scanning made a page of many
short lines take minutes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.ingest.headline_page import Page
from reader.ingest.lines import to_lines

PIECES = [
    "Ferry fares rise",
    "Home",
    "News",
    "12 thoughts on “Ferry fares rise”",
    "News | Ferry fares rise",
    "Ferry fares rise | Harbour Daily",
    "rise",
    "Gulls",
]


def scanned(page: Page, i: int) -> tuple[bool, bool, bool]:
    """What copies() answered by looking at every line for each question."""
    key = page.keys[i]
    if len(key) < 4:
        return False, False, False
    same = [j for j in range(len(page.keys)) if j != i and key in (page.keys[j], page.bare[j])]
    many = page.counts[key] > 2
    before = many and any(j < i for j in same)
    after = many and any(j > page.end for j in same)
    crumb = any(
        len(other) > len(key)
        and (other.endswith(key) or (key in other and " on “" in page.lines[j].text))
        for j, other in enumerate(page.keys)
    )
    return before, after, crumb


@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.data())
def test_the_copies_of_a_line_are_those_a_scan_finds(texts: list[str], data: st.DataObject) -> None:
    lines = to_lines("\n".join(texts))
    end = data.draw(st.integers(0, len(lines) - 1))
    page = Page(lines, 0, end)
    for i in range(len(lines)):
        assert page.copies(i) == scanned(page, i)


def test_a_headline_printed_above_under_the_body_and_in_a_breadcrumb_is_seen_there() -> None:
    texts = ["News | Ferry fares rise", "Ferry fares rise", "The body.", "Ferry fares rise"]
    page = Page(to_lines("\n".join(texts)), 1, 2)
    assert page.copies(1) == (False, True, True)
