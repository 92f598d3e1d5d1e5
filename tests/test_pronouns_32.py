"""Bodies no list knows: a firm, a team or a band named by words of its own is the "it",
the "they" or "the company" of the quote after it when the text says it is many or a
body (a plural verb, an "its" in its clause, an organisation word in apposition) and
nothing says it is a person."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_the_company_is_a_firm_an_its_makes_a_body() -> None:
    article = run(
        "Dunlevy Ceramics has cut the price of its garden tiles after a warm winter left"
        " the warehouse in Crome full.",
        "“We would rather sell them cheaply than store them for a year,” the company said.",
    )
    assert pairs(article)[-1] == (
        "We would rather sell them cheaply than store them for a year,",
        "Dunlevy Ceramics",
    )


def test_they_are_a_team_that_takes_a_plural_verb() -> None:
    article = run(
        "Morland Town have appointed a new goalkeeping coach after a season in which the"
        " side let in ninety goals.",
        "“We want to keep the door shut next year,” they said.",
    )
    assert pairs(article)[-1] == ("We want to keep the door shut next year,", "Morland Town")


def test_they_are_ringers_an_organisation_word_describes() -> None:
    article = run(
        "Orrin Vale Bell Ringers, a guild of twelve volunteers, will ring for six hours on"
        " Sunday to mark the tower's restoration.",
        "“Our arms will be sore by the evening,” they said.",
    )
    assert pairs(article)[-1] == (
        "Our arms will be sore by the evening,",
        "Orrin Vale Bell Ringers",
    )


def test_a_surname_ending_in_s_is_no_sign_of_a_body() -> None:
    article = run(
        "Okwudili Banes opened the new children's ward in Saltby on Friday.",
        "“It has taken ten years to build,” the hospital said.",
    )
    assert pairs(article)[-1][1] is None
