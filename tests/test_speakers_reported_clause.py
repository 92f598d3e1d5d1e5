"""A quote inside a clause that someone reports is given by the one who reports it: "Ada
Venn wrote that Bo Lark spoke “…”" (Venn's words about Lark), "Ada Venn said Bo Lark
called it “…”"; a document reporting the clause is no speaker, and the clause's own
subject keeps the quote, as it does when the quote is in that subject's own words: after a
colon, a whole sentence, a first person (``reported_clauses``)."""

from __future__ import annotations

import pytest
from quote_helpers import pairs, run

_CALLED = " had called the bypass “dead in the water” at a private meeting in March."


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # a writer describing how someone spoke: the description is the writer's
            "At the opening of the museum, a visitor, Pella Standish, wrote that Corran Vey"
            " spoke “warmly and at length about the old ferry and the families it carried.”",
            "warmly and at length about the old ferry and the families it carried.",
            "Pella Standish",
        ),
        ("Councillor Idris Pell said Ruth Anders" + _CALLED, "dead in the water", "Idris Pell"),
        ("The inspectors’ report said Ruth Anders" + _CALLED, "dead in the water", "Ruth Anders"),
        ("The audit found Ruth Anders" + _CALLED, "dead in the water", "Ruth Anders"),
    ],
)
def test_the_reporter_of_a_reported_clause_gives_its_quote(
    text: str, words: str, speaker: str
) -> None:
    assert pairs(run(text)) == [(words, speaker)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # after a colon: the words as she gave them
            "Harbour master Ada Venn said Bo Lark told her: “I will not stand for the board"
            " again.”",
            "I will not stand for the board again.",
        ),
        (  # a whole sentence shouted
            "Coach Ada Venn said Bo Lark shouted “Keep the line, keep the line!” from the bench.",
            "Keep the line, keep the line!",
        ),
        (  # a first person
            "Councillor Ada Venn said Bo Lark wrote “sorry for the delay, and I take the blame”"
            " in a letter to members.",
            "sorry for the delay, and I take the blame",
        ),
    ],
)
def test_a_quote_in_the_clause_subject_s_own_words_stays_with_that_subject(
    text: str, words: str
) -> None:
    assert pairs(run(text)) == [(words, "Bo Lark")]
