"""Who "he" or "she" stands for in session 29's shapes: a person set off after an opening
noun phrase that holds a name of its own ("The head of Orrin Rowing Club, Bartek Nowell,
said …") heads the sentence, so a "he" later is that person, not someone the sentence
only reports on."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_an_apposition_after_a_named_post_heads_its_sentence() -> None:
    article = run(
        "The captain of Orrin Rowing Club, Bartek Nowell, said on Sunday that a sculler he"
        " trained as a boy, Emil Haas, had been picked for the national eight.",
        "“He was never the strongest, only the most stubborn,” he said.",
    )
    assert pairs(article) == [
        ("He was never the strongest, only the most stubborn,", "Bartek Nowell")
    ]
