"""Organisations and documents speaking: "the agency said in a statement", "it said",
"they said", "the audit found", "the council posted", "according to"; a spokeswoman
named after her description; "I" in an opinion piece is its author."""

from __future__ import annotations

from quote_helpers import pairs, run

AGENCY = "The Riverside Water Agency closed two wells on Monday, and Mayor Tom Reid was furious."


def test_the_agency_is_the_agency_named_before_not_the_last_body() -> None:
    article = run(
        AGENCY,
        "The Harbour Trust, a charity, offered bottled water.",
        "“The water is safe to drink,” the agency said in a statement.",
    )
    assert pairs(article) == [("The water is safe to drink,", "Riverside Water Agency")]


def test_it_said_is_the_body_last_named() -> None:
    article = run(AGENCY, "“The wells will reopen soon,” it said in a statement.")
    assert pairs(article) == [("The wells will reopen soon,", "Riverside Water Agency")]


def test_a_document_speaks_for_itself() -> None:
    article = run(
        "A state audit of the Riverside Water Agency was released on Friday.",
        "The audit found that the agency had “failed to test the wells for years.”",
    )
    assert pairs(article) == [("failed to test the wells for years.", "The audit")]


def test_a_statement_is_its_issuers() -> None:
    article = run(
        "The wells were closed on Monday.",
        "“Nobody was harmed,” a White House statement said.",
    )
    assert pairs(article) == [("Nobody was harmed,", "White House")]


def test_the_subject_of_posted_is_the_body_not_where_it_posted() -> None:
    article = run(
        "The Riverside Town Council met on Monday.",
        "The council posted on Facebook: “The meeting is cancelled.”",
    )
    assert pairs(article) == [("The meeting is cancelled.", "Riverside Town Council")]


def test_a_spokeswoman_named_after_her_description_and_according_to() -> None:
    article = run(
        "“We will test every well,” a spokeswoman for the water board, Jane Doe, said.",
        "The water is “safe to drink,” according to the Riverside Water Agency.",
    )
    assert [s for _, s in pairs(article)] == ["Jane Doe", "Riverside Water Agency"]


def test_i_in_an_opinion_piece_is_its_author() -> None:
    article = run(
        "I have covered this council for ten years.",
        "“Nothing will change,” I told the mayor, and I meant it.",
        authors=["Ruth Ames"],
    )
    assert pairs(article) == [("Nothing will change,", "Ruth Ames")]


def test_a_campaign_heading_its_sentence_speaks() -> None:
    article = run(
        "Senator Mara Vance spoke in Dayton.",
        "The Vance campaign projects that “a levy of a tenth of a percent” would pay for it.",
    )
    assert pairs(article) == [("a levy of a tenth of a percent", "Vance campaign")]


def test_a_document_leading_into_a_quote_speaks() -> None:
    article = run(
        "“We were young and sure of ourselves,” said Ada Quill, who founded the club.",
        "Few recall how the club began, as the Harbour Trust website notes:",
        "“Twelve rowers signed the first rules on the back of a tide table in 1932.”",
    )
    assert pairs(article)[-1][1] == "the Harbour Trust website"


def test_a_persons_office_or_lawyers_speak_as_that_persons() -> None:
    article = run(
        "Gov. Ann Dale signed the bill on Monday.",
        "“We will not pay for it,” Dale’s office said in a statement.",
        "Ted Crane won the vote. Crane’s campaign lawyers argued, “The permit was valid.”",
        "“It is fine,” Dale’s statement said.",
        "Another aide familiar with Crane’s thinking said, “He will appeal.”",
    )
    assert [s for _, s in pairs(article)] == [
        "Ann Dale’s office",
        "Ted Crane’s campaign lawyers",
        "Ann Dale",
        "Another aide familiar with Crane’s thinking",  # a description, as written
    ]


def test_a_body_named_for_its_place_and_what_it_serves_says_it() -> None:
    article = run(
        "The Velden Chamber of Commerce opposed the new bridge toll on Tuesday.",
        "“Trade will simply move to the coast road,” it said.",
    )
    assert [s for _, s in pairs(article)] == ["Velden Chamber of Commerce"]


def test_a_department_named_after_its_place_says_it() -> None:
    article = run(
        "The Kessel Department of Roads closed the mountain pass overnight.",
        "“Snow has buried the barriers,” it said.",
    )
    assert [s for _, s in pairs(article)] == ["Kessel Department of Roads"]
