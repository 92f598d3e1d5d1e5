"""A quote with no cue of its own, and the sentence right after it in the same paragraph
points back at it and names whose words they are ("That was the verdict of …", "So says
…", "The words are those of …"): the person it names is the speaker; only in that
sentence."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_that_was_the_opinion_of_names_the_speaker() -> None:
    article = run(
        "“The night buses should run every hour.” That was the opinion of Maud Ellery, who"
        " drives for the depot at Kilnsea.",
    )
    assert pairs(article) == [("The night buses should run every hour.", "Maud Ellery")]


def test_so_says_in_the_same_paragraph_names_the_speaker() -> None:
    article = run(
        "“Nobody has paid for the new nets.” So says Fintan Rooke, the harbour's oldest skipper.",
    )
    assert pairs(article) == [("Nobody has paid for the new nets.", "Fintan Rooke")]


def test_a_name_in_a_later_sentence_is_not_pointed_at() -> None:
    article = run(
        "“The hall will be cold all winter.” That was the view of the parish committee."
        " Later, Wilma Tarrant read the accounts aloud.",
    )
    assert pairs(article) == [("The hall will be cold all winter.", None)]


def test_the_end_of_something_points_at_no_speaker() -> None:
    """ "That was the end of the farm for X" says what happened, not whose words."""
    article = run(
        "Ida Pell remembers the flood of 1998. “We lost the house and the barn.” That was the"
        " end of the farm for Tomas Wren, her neighbour, who sold up a year later.",
    )
    assert pairs(article) == [("We lost the house and the barn.", "Ida Pell")]


def test_so_said_in_the_next_paragraph_names_the_speaker() -> None:
    article = run(
        "The count went on past midnight.",
        "“It is a win, if a narrow one.”",
        "So said Perpetua Nkemdirim, who chairs the tenants' association, as the result was"
        " read out.",
    )
    assert pairs(article) == [("It is a win, if a narrow one.", "Perpetua Nkemdirim")]
