"""Named speakers in shapes session 27 wrote (bench/unseen_cases_27.py): a double
surname joined by "y" or written without its first name, a suffix's full stop, a gesture
before a quote, "had a message", an age or a role standing for the person named before,
and a building that is no one."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_surname_joined_by_y_is_one_name() -> None:
    article = run(
        "Engineer Tomas Iriarte y Lasa drew the market hall in 1911.",
        "“The roof was meant to last a century,” Iriarte y Lasa said.",
    )
    assert pairs(article) == [("The roof was meant to last a century,", "Tomas Iriarte y Lasa")]


def test_a_double_surname_stands_for_the_full_name_given_before() -> None:
    article = run(
        "Gardener Maria Solano Reyes planted the rose bed in April.",
        "“Half of it drowned in May,” Solano Reyes said.",
    )
    assert pairs(article) == [("Half of it drowned in May,", "Maria Solano Reyes")]


def test_a_pronoun_after_a_suffix_keeps_its_full_stop() -> None:
    article = run(
        "Pastor Robert Voss Jr. rang the bell at noon. “It has rung every day since 1890,”"
        " he said.",
    )
    assert pairs(article) == [("It has rung every day since 1890,", "Robert Voss Jr.")]


def test_a_gesture_in_an_irregular_past_before_a_quote_names_its_speaker() -> None:
    article = run("Konrad Adler shook his head. “The dam was never inspected.”")
    assert pairs(article) == [("The dam was never inspected.", "Konrad Adler")]


def test_the_person_who_had_a_message_speaks_in_the_next_paragraph() -> None:
    article = run(
        "The harbour master, Ottavia Brun, had one rule for sailors on Friday.",
        "“Stay in port until the wind drops.”",
    )
    assert pairs(article) == [("Stay in port until the wind drops.", "Ottavia Brun")]


def test_the_person_who_has_been_named_is_not_a_speaker_by_being_passive() -> None:
    article = run("Ulla Berg has been “wrongly accused” by the board, her lawyer wrote.")
    assert [q.speaker for q in article.quotes if q.kind == "direct"] != ["Ulla Berg"]


def test_an_age_given_by_commas_stands_for_the_person() -> None:
    article = run(
        "Ansgar Pell, 64, has rowed across the fjord every winter since 1980.",
        "“The cold keeps you young,” the 64-year-old said.",
    )
    assert pairs(article) == [("The cold keeps you young,", "Ansgar Pell")]


def test_a_role_after_an_age_points_back_at_the_person() -> None:
    article = run(
        "Walter Pell, 64, has rowed across the fjord every winter since 1980.",
        "“The cold keeps you young,” the retired ferryman said.",
    )
    assert pairs(article) == [("The cold keeps you young,", "Walter Pell")]


def test_an_age_stands_for_a_titled_person_with_an_unlisted_first_name() -> None:
    article = run(
        "Trainer Zoltan Mereny has won the cup three times.",
        "“This horse is the best I have had,” the 61-year-old said.",
    )
    assert pairs(article) == [("This horse is the best I have had,", "Zoltan Mereny")]


def test_a_building_is_no_one_a_pronoun_stands_for() -> None:
    article = run(
        "On Sunday the doors of Brenner Hall were blocked by snow. “We dug for two hours"
        " before we could get out,” she said.",
    )
    assert pairs(article) == [("We dug for two hours before we could get out,", None)]
