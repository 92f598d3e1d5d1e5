"""Session 36's byline rules, each on a line or page written for its test, with invented
names: where each writer reported from after their names ("By A in Place and B in
Place", "A at the Place"); a writer's role between two names of a list ("A, Deputy
Editor, and B, Data Reporter"); a writing credit signs with one word as "By" does
("Words by Lars")."""

from __future__ import annotations

from byline_pages import header_page

from reader.ingest.bylines import byline_names

_HEADLINE = "Rope makers of the west pier win the town's old contract back"
_DEK = "The contract went inland twelve years ago when the pier's sheds were sold."


def test_each_name_of_a_list_may_carry_the_place_its_writer_reported_from() -> None:
    assert byline_names("By Ivo Sandrell in Marrow Bay and Teska Ullan in Port Derry") == [
        "Ivo Sandrell",
        "Teska Ullan",
    ]


def test_a_name_at_a_place_beside_the_date_is_the_writer() -> None:
    article = header_page(_HEADLINE, _DEK, ["Ivo Sandrell at the Pier Court | 9 May 2025"])
    assert article.authors == ["Ivo Sandrell"]
    assert article.published == "2025-05-09"


def test_a_role_after_a_name_does_not_end_the_list() -> None:
    article = header_page(
        _HEADLINE,
        _DEK,
        ["Ivo Sandrell, Deputy Editor, and Teska Ullan, Data Reporter", "May 9, 2025"],
    )
    assert article.authors == ["Ivo Sandrell", "Teska Ullan"]


def test_a_role_alone_after_a_name_is_still_no_one() -> None:
    assert byline_names("By Ivo Sandrell, Deputy Editor | May 9, 2025") == ["Ivo Sandrell"]


def test_a_writing_credit_signs_with_one_word() -> None:
    assert byline_names("Words by Osrelle | May 9, 2025") == ["Osrelle"]
    assert byline_names("Killed by Osrelle | May 9, 2025") is None  # no writing credit


def test_as_told_to_names_the_writer() -> None:
    """A piece in its subject's voice: the one it was told to wrote it, on a line of its
    own or after the teller's description."""
    assert byline_names("As told to Ivo Sandrell") == ["Ivo Sandrell"]
    assert byline_names("A rope maker of the west pier, as told to Ivo Sandrell") == [
        "Ivo Sandrell"
    ]
    assert byline_names("As told to the pier's council in May, the plan was dropped.") is None


def test_a_reporting_label_names_the_writer() -> None:
    assert byline_names("Reporting: Ivo Sandrell") == ["Ivo Sandrell"]


def test_a_video_credit_names_the_author_where_no_writer_is_named() -> None:
    article = header_page(_HEADLINE, _DEK, ["Video: Ivo Sandrell | May 9, 2025"])
    assert article.authors == ["Ivo Sandrell"]
    article = header_page(
        _HEADLINE, _DEK, ["By Teska Ullan", "Video by Ivo Sandrell", "May 9, 2025"]
    )
    assert article.authors == ["Teska Ullan"]  # a writer named: the video is hers to show
