"""Who heads a clause, as the pronoun rules read it: a name before a negated verb
("Stuart wouldn’t say"), not the name of the one it works for."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_name_before_a_negated_verb_heads_its_clause() -> None:
    article = run(
        "Senate leader Mitch Connell blocked the vote. “We will wait,” Connell said.",
        "Connell spokesman Don Stuart wouldn’t say when, or if, the Senate will vote again.",
        "“I don’t have any new announcements yet,” he said.",
    )
    assert pairs(article)[-1] == ("I don’t have any new announcements yet,", "Don Stuart")


def test_titles_after_a_quote_are_not_more_of_it() -> None:
    article = run(
        "“We watch far too much television,” Mayor Ida Brandt said.",
        "Then came “Harbour Lights,” “Night Shift” and “Veep” on the late list."
        " “Blacklisted?” Brandt asked later. “Never.”",
    )
    assert pairs(article) == [
        ("We watch far too much television,", "Ida Brandt"),
        ("Blacklisted?", "Ida Brandt"),
        ("Never.", "Ida Brandt"),
    ]


def test_a_surname_with_a_title_is_someone_he_or_she_can_be() -> None:
    article = run(
        "“Wages may finally rise,” the economist Jo Bern wrote.",
        "Ms. Gray said the alert had been “switched on” for the first time. “People turn to"
        " us first,” she said.",
        "Mr. Khan left early. Mrs. Khan stayed. “We are fine,” she said.",
    )
    assert [s for _, s in pairs(article)] == ["Jo Bern", "Gray", "Gray", "Mrs. Khan"]


def test_a_full_name_after_a_day_and_a_preposition_is_introduced() -> None:
    article = run(
        "Mayor Tom Hale called Monday for Appeals Court Judge Ruth Ann Ober to step aside.",
        "It is rare for a judge to speak out, though Ober is known for speaking her mind.",
        "She repeated her criticism on Tuesday. “He has no plan at all,” she said.",
    )
    assert pairs(article) == [("He has no plan at all,", "Ruth Ann Ober")]


def test_a_place_before_a_role_is_a_description_not_a_speaker() -> None:
    article = run(
        "Sen. Marco Vela spoke over boos as he congratulated Ohio winner Don Tramp.",
        "The Florida senator sought to calm his supporters, saying the heckler would “not get"
        " beat up” at his rally.",
    )
    assert pairs(article) == [("not get beat up", "Marco Vela")]


def test_and_before_a_name_after_a_quote_opens_another_clause() -> None:
    article = run(
        "Ted Cruze accuses Obama of “leading from behind” and Donald Tramp says he’s “losing"
        " the war,” part of a lashing they have given the president.",
        "“It has voted with the lobby” and against the law, Sen. Ana Clay said.",
    )
    assert pairs(article) == [
        ("leading from behind", "Ted Cruze"),
        ("losing the war,", "Donald Tramp"),
        ("It has voted with the lobby", "Ana Clay"),
    ]


def test_a_role_named_after_its_owner_heads_the_sentence() -> None:
    article = run(
        "Sen. Ann Lee opened an office in Dayton.",
        "In early May, Lee’s Ohio field director, Joe Brandt, reached out to the firm, writing"
        " in an email: “We want to use this now.”",
    )
    assert pairs(article) == [("We want to use this now.", "Joe Brandt")]
