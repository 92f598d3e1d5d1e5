"""A question put to someone named: the answer with no cue is theirs, the words quoted
inside the question are the asker's, and a clause opening the sentence holds no one who
hands the quote on (session 34, issue 14). Invented people and places."""

from __future__ import annotations

from quote_helpers import run


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(*paragraphs).quotes]


def test_the_one_asked_answers_the_next_paragraph() -> None:
    got = _speakers(
        "Gulls have nested on the roof of Tarrow Library since March.",
        "On the morning show, presenter Wenna Challis asked the building manager, Rufus"
        " Okonedo-Pye, whether the roof would be netted before the autumn.",
        "“The netting is ordered. It goes up the week the chicks have flown.”",
    )
    assert got == [
        ("The netting is ordered. It goes up the week the chicks have flown.", "Rufus Okonedo-Pye")
    ]


def test_the_one_asked_answers_in_the_same_paragraph() -> None:
    got = _speakers(
        "Alderman Piers Quenby questioned the treasurer, Maud Elstree, about the reserves."
        " “There is enough for one bad winter, not two.”"
    )
    assert got == [("There is enough for one bad winter, not two.", "Maud Elstree")]


def test_one_asked_in_the_passive_answers() -> None:
    got = _speakers(
        "The new coach of Dunmere Rovers, Oskar Halvorsen, met the press on Monday.",
        "Halvorsen was asked whether the board had promised him a striker.",
        "“We have talked. I am not going to tell you what we said.”",
    )
    assert got == [("We have talked. I am not going to tell you what we said.", "Oskar Halvorsen")]


def test_a_quoted_question_or_a_request_stays_with_the_asker() -> None:
    question = _speakers(
        "Committee chair Hildred Moss asked the developer, Aurelio Fenn, about the car park.",
        "“Where will the visitors leave their cars?”",
    )
    assert question == [("Where will the visitors leave their cars?", "Hildred Moss")]
    request = _speakers(
        "Tamsin Oddy, the warden, asked the parish council for two more bins on the green.",
        "“The ones we have are full by noon on a Sunday.”",
    )
    assert request == [("The ones we have are full by noon on a Sunday.", "Tamsin Oddy")]


def test_words_quoted_in_a_passive_question_are_the_askers() -> None:
    got = _speakers(
        "Mayor Ulrike Banham was asked by Coastline Radio host Jory Penrose whether the new"
        " toll would “price families off the bridge.”",
        "“Nobody will pay more than a pound,” she said.",
    )
    assert got == [
        ("price families off the bridge.", "Jory Penrose"),
        ("Nobody will pay more than a pound,", "Ulrike Banham"),  # the one asked stays "she"
    ]


def test_a_name_set_off_in_an_opening_clause_hands_nothing_on() -> None:
    got = _speakers(
        "The evening train to Colbrook was cut in May.",
        "When the rail company’s director, Lavinia Storrow, announced the cut, commuter"
        " Ambrose Kettering wrote to every councillor on the line.",
        "“Sixty people use that train. Some of them work nights at the hospital.”",
    )
    assert got == [
        (
            "Sixty people use that train. Some of them work nights at the hospital.",
            "Ambrose Kettering",
        )
    ]
    got = _speakers(
        "Although the quarry’s manager, Roderick Vane, offered a new screen of trees,"
        " Philippa Arkle was not persuaded.",
        "“Trees take thirty years to grow. The dust comes next spring.”",
    )
    assert got == [
        ("Trees take thirty years to grow. The dust comes next spring.", "Philippa Arkle")
    ]
