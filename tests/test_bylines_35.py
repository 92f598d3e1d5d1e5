"""The byline by evidence (session 35): a line of names alone in the header whose first
name no list knows was no byline unless a date or a role stood beside it; now the page
itself is the evidence: when no short line of its body is a line of names too (its
subheads are not set so), the header's line of names is its writer's. Each page here is
written for its test, with invented names."""

from __future__ import annotations

from byline_pages import header_page

from reader.model import Article

_HEADLINE = "Lamp makers of the old mill reopen their winter workshop"
_DEK = "The workshop closed in the spring when the mill's roof let the rain in."


def _page(header: list[str], closing: tuple[str, ...] = ()) -> Article:
    return header_page(_HEADLINE, _DEK, header, closing)


def test_a_name_no_list_knows_alone_under_the_dek_is_the_writer() -> None:
    """No date in the header, nothing beside the name, its first name in no list: the
    body names no one so and prints no line of names, so the name is the writer's."""
    article = _page(["Ysolde Marrack"], ("Published June 2, 2025",))
    assert article.authors == ["Ysolde Marrack"]


def test_two_names_no_list_knows_on_two_lines_are_both_writers() -> None:
    article = _page(["Ysolde Marrack", "Teodric Quillon"], ("Published June 2, 2025",))
    assert article.authors == ["Ysolde Marrack", "Teodric Quillon"]


def test_a_subhead_shaped_like_a_name_is_no_writer_on_a_page_of_such_subheads() -> None:
    """A guide whose sections open with short capitalised lines ("Rope Length", "Knot
    Style"): the first of them, under the dek, is a section's title, not a writer."""
    closing = ("Knot Style", "This setting picks the knot the crew ties at the bow.")
    assert _page(["Rope Length"], closing).authors == []
