"""A sentence opening with a participle's clause ("Asked whether he …,", "Having beaten
…,") has its subject after the comma: a pronoun or a name inside the clause is not who
the sentence is about, so a quote after it is the subject's. A preposition of that shape
("According to …,") opens no such clause."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_pronoun_in_an_asked_clause_is_not_the_subject() -> None:
    article = run(
        "Asked whether he would sell the mill again, Fergal Odhiambo shrugged."
        " “The buyers made the price, not me.”",
    )
    assert pairs(article) == [("The buyers made the price, not me.", "Fergal Odhiambo")]


def test_a_name_in_a_having_clause_is_not_the_subject() -> None:
    article = run(
        "Having beaten Ingrid Solvang in the semi-final, Tove Aasheim lifted the trophy on"
        " Sunday. “I played the best tennis of my life.”",
    )
    assert pairs(article) == [("I played the best tennis of my life.", "Tove Aasheim")]


def test_according_to_opens_no_clause() -> None:
    article = run(
        "According to a survey by the Marlow Trust, the river has recovered. “Otters are"
        " back on every stretch.”",
    )
    assert pairs(article) == [("Otters are back on every stretch.", None)]
