"""A printed interview's question turns: a label whose every turn is a question answered
under another label in the next paragraph is the asking side (the publication, "Q"), no
speaker of the story (session 36, set 36n)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_the_asking_label_keeps_no_speaker() -> None:
    for label in ("The Clarion", "Q"):
        article = run(
            "The Clarion met the ferry pilot Gunnvor Eliassen in Tromsø.",
            f"{label}: “How many crossings have you made?”",
            "Eliassen: “Eleven thousand, give or take a stormy week.”",
            f"{label}: “Do you still enjoy it?”",
            "Eliassen: “Every single morning.”",
        )
        assert [speaker for _, speaker in pairs(article)] == [
            None,
            "Gunnvor Eliassen",
            None,
            "Gunnvor Eliassen",
        ], label


def test_a_label_that_also_answers_keeps_its_turns() -> None:
    """Two people arguing in labelled turns: one asks once but also answers, so both
    speak."""
    article = run(
        "Ilse Brandvold and Tor Haugen, both on the council, debated the toll.",
        "Brandvold: “Who pays for the bridge if not drivers?”",
        "Haugen: “Everyone who uses the town, which is everyone.”",
        "Brandvold: “That is a tax by another name.”",
    )
    assert [speaker for _, speaker in pairs(article)] == [
        "Ilse Brandvold",
        "Tor Haugen",
        "Ilse Brandvold",
    ]


def test_questions_no_other_label_answers_keep_their_speaker() -> None:
    """A label that only asks, but whose questions the next paragraph does not answer
    under another label, is a speaker asking in the story, not the interview's asking
    side."""
    article = run(
        "Ilse Brandvold and Tor Haugen, both on the council, debated the toll.",
        "Brandvold: “Who pays for the bridge if not drivers?”",
        "The chamber fell quiet for a long minute.",
        "Brandvold: “And who pays for the ferry?”",
        "Nobody on the benches answered her.",
        "Haugen: “Everyone who uses the town, which is everyone.”",
    )
    assert [speaker for _, speaker in pairs(article)] == [
        "Ilse Brandvold",
        "Ilse Brandvold",
        "Tor Haugen",
    ]


def test_a_question_answered_by_a_question_keeps_its_speaker() -> None:
    """Two people trading questions under their labels: the turn after a question asks
    back, it does not answer, so the one asking first is a speaker of the story."""
    article = run(
        "Ilse Brandvold and Tor Haugen, both on the council, debated the toll.",
        "Brandvold: “Who pays for the bridge if not drivers?”",
        "Haugen: “And who pays for the ferry, if not the town?”",
    )
    assert [speaker for _, speaker in pairs(article)] == ["Ilse Brandvold", "Tor Haugen"]
