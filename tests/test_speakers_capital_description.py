"""A description written with a capital stands for the person just named, as "the
goalkeeper" does: a noun in -man or -woman ("the Welshman"), a place's people made
from the lexicon's places ("the Kenyan", "the Chilean", "the Scot"), a party's
member ("the Democrat"); never a name of its own. A body after "the" stays a body."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_noun_in_man_is_the_one_just_named() -> None:
    article = run(
        "Tamsin Rudd lifted the cup in front of a crowd of nine thousand at Carbery.",
        "Idris Penhallow-Vey had scored twice before half-time in the final.",
        "“The second goal was pure luck,” the Welshman admitted.",
    )
    assert pairs(article) == [("The second goal was pure luck,", "Idris Penhallow-Vey")]


def test_a_place_s_people_is_the_one_just_named() -> None:
    article = run(
        "Wanjiru Ekelund-Moss crossed the line first in the marathon at Dorrow on Sunday.",
        "“The last hill nearly finished me,” the Kenyan told reporters.",
    )
    assert pairs(article) == [("The last hill nearly finished me,", "Wanjiru Ekelund-Moss")]


def test_a_party_s_member_is_the_one_just_named() -> None:
    article = run(
        "Senator Orla Brennock voted against the harbour levy on Tuesday.",
        "“Fishermen cannot pay for the marina twice,” the Democrat said.",
    )
    assert pairs(article) == [("Fishermen cannot pay for the marina twice,", "Orla Brennock")]


def test_a_body_after_the_stays_a_body() -> None:
    article = run(
        "Deputy Minister Halla Voskuijlen was asked twice about the missing shipment.",
        "“No such cargo left the port,” the Ministry said.",
    )
    assert pairs(article) == [("No such cargo left the port,", "Ministry")]
