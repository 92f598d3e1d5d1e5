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
