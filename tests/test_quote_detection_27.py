"""Session 27's detection rules, each on a text written for it (bench/detect_cases.py scores
the written families; these are other sentences of the same shapes)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_one_word_answer_before_she_said_is_speech() -> None:
    article = run(
        "The ranger was asked whether the trail would open by summer.",
        "‘Maybe,’ she said. ‘Ask the snow.’",
        "Her deputy was more cheerful about the bridge. ‘It’s sound,’ he said.",
    )
    assert [text for text, _ in pairs(article)] == ["Maybe,", "Ask the snow.", "It’s sound,"]


def test_a_word_elided_at_its_start_does_not_close_a_single_quote() -> None:
    article = run(
        "‘We played rock ’n’ roll till the lights went out,’ said drummer Ossie Brandt.",
        "‘The neighbours loved ’em,’ said his sister Peg Brandt.",
    )
    assert pairs(article) == [
        ("We played rock ’n’ roll till the lights went out,", "Ossie Brandt"),
        ("The neighbours loved ’em,", "Peg Brandt"),
    ]


def test_dialogue_opened_by_a_dash_is_speech_up_to_its_say_verb() -> None:
    article = run(
        "The ferry was late again, and the queue on the slipway grew.",
        "— It left the far side an hour ago, said the ticket clerk, Mirela Oprea.",
        "— Then where is it? asked a man holding a bicycle.",
        "— Ask the fog, she said.",
    )
    assert pairs(article) == [
        ("It left the far side an hour ago", "Mirela Oprea"),
        ("Then where is it", None),
        ("Ask the fog", "Mirela Oprea"),
    ]


def test_a_list_opened_by_dashes_is_no_dialogue() -> None:
    article = run(
        "The plan has three parts:",
        "— A new roof for the depot, paid by the county;",
        "— Two more buses, said to cost a million each;",
        "— A later last bus on Fridays.",
    )
    assert article.quotes == []


def test_a_film_after_watching_is_a_title_even_with_a_say_verb_in_the_sentence() -> None:
    article = run(
        "Anselm Trubridge says he took up the oboe after watching “The Brass Garden” as a boy.",
        "“It was the sound of the thing,” Trubridge said.",
    )
    assert pairs(article) == [("It was the sound of the thing,", "Anselm Trubridge")]


def test_a_so_called_name_is_a_scare_quote() -> None:
    article = run(
        "Mayor Ines Caldwell said the so-called ‘green corridor’ would open in May, and"
        " the so called “slow road” in June.",
        "‘We want cyclists to feel safe,’ Caldwell said.",
    )
    assert pairs(article) == [("We want cyclists to feel safe,", "Ines Caldwell")]
    assert [q.text for q in article.quotes if q.kind == "scare"] == [
        "green corridor",
        "slow road",
    ]


def test_straight_single_quotes_closing_one_paragraph_and_opening_the_next() -> None:
    article = run(
        "'The river came up faster than anyone said,' said lock keeper Aled Morrow. 'Then"
        " the bank went.'",
        "'We'd sandbagged the Carews' cottage by noon.'",
    )
    assert pairs(article) == [
        ("The river came up faster than anyone said,", "Aled Morrow"),
        ("Then the bank went.", "Aled Morrow"),
        ("We'd sandbagged the Carews' cottage by noon.", "Aled Morrow"),
    ]
