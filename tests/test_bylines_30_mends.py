"""Lines at the article's end or under its headline that name people who did not write it:
a credit for something other than the writing ("Organised by …", "Hosted by …"), a way
to reach someone who is not said to be a writer, a sentence about what someone writes,
a sponsor's label over the body. Each page is written for its test, with invented names."""

from __future__ import annotations

import pytest
from byline_pages import header_page

from reader.model import Article, BlockKind

_HEADLINE = "Lantern walk returns to the canal towpath"
_DEK = "Volunteers said the first walk of the autumn drew twice the usual crowd."


def _page(header: list[str], closing: tuple[str, ...] = ()) -> Article:
    return header_page(_HEADLINE, _DEK, header, closing)


@pytest.mark.parametrize(
    "closing",
    [
        "Arranged by Wenna Holloch and her neighbours.",
        "Lanterns supplied by Ilse Varrow and Koby Drent.",
        "Led by Orrin Pelgate, the walk sets off at dusk.",
    ],
)
def test_a_credit_for_something_other_than_the_writing_names_no_writer(closing: str) -> None:
    assert _page(["April 9, 2025"], (closing,)).authors == []


@pytest.mark.parametrize(
    "closing",
    [
        "Wenna Holloch can be reached at the lock keeper's cottage.",
        "Email Orrin Pelgate at orrin@towpath.example to carry a lantern.",
        "Contact Constable Ilse Varrow on 0199 555 010, quoting case 3381.",
        "Contact Canal Lanterns at walks@canallanterns.example for the route.",
    ],
)
def test_a_way_to_reach_someone_not_said_to_be_a_writer_names_no_writer(closing: str) -> None:
    assert _page(["April 9, 2025"], (closing,)).authors == []


def test_a_writers_credit_with_photos_after_and_is_a_byline() -> None:
    assert _page(["Words and photos by Wenna Holloch", "April 9, 2025"]).authors == [
        "Wenna Holloch"
    ]


def test_a_writer_who_can_be_reached_is_the_writer_when_the_line_says_so() -> None:
    closing = ("Staff writer Wenna Holloch can be reached at desk@towpath.example.",)
    assert _page(["April 9, 2025"], closing).authors == ["Wenna Holloch"]


def test_a_sentence_about_what_someone_writes_is_a_paragraph_not_a_bio() -> None:
    closing = ("Orrin Pelgate writes about his years on the narrowboats with a patience and"
               " a sly humour that his neighbours have long enjoyed.",)  # fmt: skip
    article = _page(["April 9, 2025"], closing)
    assert article.authors == []
    paragraphs = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert closing[0] in paragraphs


@pytest.mark.parametrize(
    "label",
    [
        "Sponsored by Canal Lanterns",
        "Brought to you by Varrow Mutual",
        "In association with and supported by Varrow Mutual",
        "Paid for by Orrin Pelgate",
    ],
)
def test_a_sponsors_label_under_the_headline_is_no_byline(label: str) -> None:
    assert _page([label, "April 9, 2025"]).authors == []
