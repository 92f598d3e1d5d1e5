"""A role no one was given ("the goalkeeper said") stands for the person the narration
just brought in by full name, heading their sentence, even with no description of their
own and with a lone capitalised word (a team, a town) named after them
(``descriptions._introduced``)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_role_for_the_one_just_named_by_a_deed() -> None:
    article = run(
        "Ingrid Soltvedt saved two penalties as Harriers reached the final.",
        "“I guessed left both times and got lucky,” the goalkeeper said.",
    )
    assert pairs(article) == [("I guessed left both times and got lucky,", "Ingrid Soltvedt")]


def test_no_role_for_someone_only_done_to() -> None:
    article = run(
        "Stewards led Ingrid Soltvedt from the stand after the final whistle.",
        "“I guessed left both times and got lucky,” the goalkeeper said.",
    )
    assert [speaker for _, speaker in pairs(article)] != ["Ingrid Soltvedt"]


def test_no_role_for_the_one_asked() -> None:
    article = run(
        "Ingrid Soltvedt was asked about the second penalty after the match.",
        "“Was it a guess or did you study his run-up?” the reporter said.",
    )
    assert [speaker for _, speaker in pairs(article)] != ["Ingrid Soltvedt"]


def test_a_role_someone_unnamed_brought_in_is_not_the_named_one() -> None:
    article = run(
        "Anna Berg walks her dog along the harbour every morning before the ferries leave.",
        "“The lamps have been out since March,” a shopkeeper on the quay said.",
        "“I have complained three times,” the shopkeeper added.",
    )
    assert [speaker for _, speaker in pairs(article)] == [None, None]
