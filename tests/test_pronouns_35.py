"""Session 35's carry rule, on texts written for it (bench/unseen_written.py --set 35
scores the written family; these are other sentences of the same shapes)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_speaker_given_a_he_quote_is_not_the_next_she() -> None:
    article = run(
        "Helen Tasker and Bardo Quillan share a stall at the Fenby flea market.",
        "“I sell the china and he sells the clocks,” she said.",
        "“Helen haggles better than I do,” Quillan said.",
        "“Nobody buys a clock in the rain,” he said.",
        "“Or china,” she said.",
    )
    assert pairs(article)[-1] == ("Or china,", "Helen Tasker")


def test_a_wrong_he_attribution_does_not_push_she_to_another_unknown() -> None:
    article = run(
        "Ngozi Okafor and her husband Emeka opened the Lagos Kitchen on Harbour Row in 2015.",
        "“We cooked for forty people on the first night,” said Ngozi Okafor.",
        "Her husband runs the front of the house.",
        "“I wanted a bar. She wanted a garden,” he said.",
        "“The garden won,” she said.",
    )
    assert pairs(article)[-1] == ("The garden won,", "Ngozi Okafor")
