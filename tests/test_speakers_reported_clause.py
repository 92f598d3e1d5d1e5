"""A quote inside a clause that someone reports is given by the one who reports it: "Ada
Venn wrote that Bo Lark spoke “…”" (Venn's words about Lark), "Ada Venn said Bo Lark
called it “…”"; a document reporting the clause is no speaker, and the clause's own
subject keeps the quote (``reported_clauses``)."""

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
    ],
)
def test_the_reporter_of_a_reported_clause_gives_its_quote(
    text: str, words: str, speaker: str
) -> None:
    assert pairs(run(text)) == [(words, speaker)]
