"""An interview's bare answers: a quote making a paragraph of its own, right after a
question the writer asks with no cue, is the answer of the last person the narration
named before the exchange, never the writer."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_bare_answers_after_bare_questions_are_the_interviewees() -> None:
    article = run(
        "The ferry captain Rosamund Achterberg has crossed the Skell estuary twice a day for"
        " thirty-one years. She retires on Friday.",
        "“What changed most in thirty years?”",
        "“The tides did not change. The passengers got faster.”",
        "“And the boat?”",
        "“Same boat. New paint every spring.”",
    )
    assert pairs(article) == [
        ("What changed most in thirty years?", None),
        ("The tides did not change. The passengers got faster.", "Rosamund Achterberg"),
        ("And the boat?", None),
        ("Same boat. New paint every spring.", "Rosamund Achterberg"),
    ]


def test_the_writer_is_not_the_one_who_answers() -> None:
    article = run(
        "I went to see the clockmaker Ignatius Pell in his shop on Vane Street.",
        "“Why do you still repair them by hand?”",
        "“Because a machine cannot hear a tired spring.”",
        authors=["Harriet Oswin"],
    )
    assert pairs(article)[1] == ("Because a machine cannot hear a tired spring.", "Ignatius Pell")
