"""A body's name runs over "of the" and "for the" ("Friends of the Earth", "the Society
for the Preservation of Mill Ponds"), inverted after its cue or heading the sentence;
a role "of the" a body before a person's name still leaves the person (``name_runs``)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_body_named_with_of_the_after_its_cue() -> None:
    article = run("“The marsh floods every spring,” said the Friends of the Pellow Marshes.")
    assert pairs(article) == [("The marsh floods every spring,", "Friends of the Pellow Marshes")]


def test_a_body_named_with_for_the_heading_its_sentence() -> None:
    article = run(
        "“Nobody asked the anglers,” the Guild for the Defence of Quiet Rivers said on Friday."
    )
    assert pairs(article) == [
        ("Nobody asked the anglers,", "Guild for the Defence of Quiet Rivers")
    ]


def test_a_title_of_the_before_a_name_leaves_the_name() -> None:
    article = run("“Rates will rise,” said Speaker of the House Ondine Farrow.")
    assert pairs(article) == [("Rates will rise,", "Ondine Farrow")]


def test_a_title_of_the_names_no_body() -> None:
    article = run(
        "The Pellow Gazette praised the mayor after her reply to the State of the Union address.",
        "“It was the calmest speech of the night,” the editorial board wrote.",
    )
    assert pairs(article) == [("It was the calmest speech of the night,", "Pellow Gazette")]


def test_of_the_before_a_modified_place_noun_names_no_body() -> None:
    article = run(
        "Tenants of the Harrowgate estate have written to the housing board about damp.",
        "“The mould comes back every winter,” they said.",
    )
    assert pairs(article) == [("The mould comes back every winter,", None)]


def test_of_the_before_a_modified_group_noun_names_no_body() -> None:
    article = run("“The boats are all in,” said Stewards of the Orrin club.")
    assert [speaker for _, speaker in pairs(article)] != ["Stewards of the Orrin"]
