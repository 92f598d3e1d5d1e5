"""Bylines in shapes of credits and labels: "Story: Name", "(Reporting by A; Editing by
B)" under the body, "From Name in Place", two authors a line each, and a byline that
names no one ("By Staff Reporter"), which a reader sees as a byline with no author."""

from __future__ import annotations

import pytest

from reader.ingest.bylines import byline_names
from reader.ingest.page import parse_page
from reader.ingest.source import SourceText
from reader.model import Article, BlockKind

BODY = [
    "The bakery on Mill Lane will open before dawn again from Monday, its owners said,"
    " after a year of shorter hours while the ovens were replaced.",
    "Regulars had queued outside the shuttered door most mornings, they said, and the"
    " new ovens bake twice as many loaves an hour as the old ones did.",
    "The first batch will be ready at five, and the shop will stay open until the bread"
    " runs out, which the owners expect to be by early afternoon.",
]


def page(header: list[str], under: list[str] = ()) -> Article:  # type: ignore[assignment]
    lines = ["Mill Lane Post", "Home", "Town", "Bakery back to dawn hours after oven refit",
             *header, *BODY, *under, "Share", "Contact us"]  # fmt: skip
    return parse_page(SourceText("written.txt", "\n\n".join(lines) + "\n", "utf-8"))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Story: Mireille Okafor", ["Mireille Okafor"]),
        ("Texte : Mireille Okafor", ["Mireille Okafor"]),
        ("From Dov Karsh in Tallinn", ["Dov Karsh"]),
        ("From Dov Karsh and Ida Berg in Port Sol | 12 May 2026", ["Dov Karsh", "Ida Berg"]),
        ("Reporting by Dov Karsh; Editing by Ida Berg", ["Dov Karsh"]),
        ("(Reporting by Dov Karsh and Ida Berg in Tallinn; Editing by Sam Oyelaran)",
         ["Dov Karsh", "Ida Berg"]),
        ("Reporting by Dov Karsh; Writing by Ida Berg; Editing by Sam Oyelaran",
         ["Dov Karsh", "Ida Berg"]),
    ],
)  # fmt: skip
def test_credit_and_label_bylines(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    "line",
    ["From Paris in Spring", "From Our Correspondent in Tallinn", "By Our Correspondent",
     "By Staff", "By Staff Reporter | May 12, 2026", "Editing by Ida Berg; Photos by Sam Oy"],
)  # fmt: skip
def test_credits_and_labels_that_name_no_author(line: str) -> None:
    assert byline_names(line) is None


def test_the_reporters_of_a_credit_line_under_the_body_are_the_authors() -> None:
    article = page(["May 12, 2026"], ["(Reporting by Dov Karsh; Editing by Ida Berg)"])
    assert article.authors == ["Dov Karsh"]


def test_two_authors_a_line_each() -> None:
    """Two names of known first names over the date; under the date, any names; a
    line of capitals over a name over a caption is none."""
    assert page(["Maria Okafor", "Daniel Karsh", "May 12, 2026"]).authors == [
        "Maria Okafor",
        "Daniel Karsh",
    ]
    assert page(["May 12, 2026", "Mireille Okafor", "Dov Karsh, Staff Writer"]).authors == [
        "Mireille Okafor",
        "Dov Karsh",
    ]
    assert page(["May 12, 2026", "EMAIL ME", "Dov Karsh", "Mill Lane Bakery"]).authors == []


@pytest.mark.parametrize("line", ["By Staff Reporter", "By Our Correspondent", "By Staff"])
def test_a_byline_that_names_no_one_is_shown_as_a_byline(line: str) -> None:
    article = page([line, "May 12, 2026"])
    assert article.authors == []
    assert [b.kind for b in article.blocks if b.text == line] == [BlockKind.BYLINE]
    assert article.published == "2026-05-12"
