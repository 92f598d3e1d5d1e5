"""A text whose first line stands over a sentence is a plain article, that line its
title, only when the body opens right there: a blog's name over its description (a
sentence), then the day's date and the post's own title over the post, is no plain
article; the post's title is the headline. A plain article keeps its first line."""

from __future__ import annotations

from conftest import parse_text

POST = [
    (
        "The ferry from Brackwater to the island ran twice a day for forty years, and "
        "this morning it ran for the last time, with a brass band on the quay."
    ),
    (
        "Perpetua Gale, who sold tickets from the little hut by the slipway since 1991, "
        "said she would miss the regulars more than the boat. The hut will be a cafe."
    ),
    "Posted by Horatio Venn at 6:40 PM",
    "Labels: ferries, island",
]
TITLE = "Last crossing for the Brackwater ferry"


def test_a_blogs_name_over_its_description_is_no_plain_title() -> None:
    page = ["The Slipway Diaries", "I write here about boats and the people on them.", ""]
    page += ["Sunday, May 10, 2026", TITLE, *POST]
    assert parse_text("\n".join(page) + "\n").article.title == TITLE


def test_a_plain_articles_first_line_is_its_title() -> None:
    assert parse_text("\n".join([TITLE, "", *POST]) + "\n").article.title == TITLE
