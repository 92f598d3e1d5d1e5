"""Quotes whose speaker the narration around them names: someone a paragraph brings in
speaks in the next one with no cue of their own; the paragraph after a lone quote names
who said it ("That is how …", "So says …")."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_the_person_a_paragraph_brings_in_speaks_next_without_a_cue() -> None:
    article = run(
        "“The ferry stops running in March,” said harbour master Ola Brekke.",
        "Islanders were stunned. Tilde Vasquez, who bakes bread for the whole island,"
        " delivers by boat every morning.",
        "“Without the ferry there is no bakery.”",
    )
    assert [s for _, s in pairs(article)] == ["Ola Brekke", "Tilde Vasquez"]


def test_an_opening_adverb_is_no_one_brought_in() -> None:
    article = run(
        "“The timetable changed three times this year,” said Ilse Brandauer, who chairs"
        " the islanders’ association.",
        "Often, visitors did not know when the last boat would leave.",
        "“Nobody puts the new times up at the pier.”",
    )
    assert [s for _, s in pairs(article)] == ["Ilse Brandauer", "Ilse Brandauer"]


def test_a_quote_with_its_own_cue_keeps_it() -> None:
    article = run(
        "Chairwoman Ruth Ebbing opened the hearing at noon.",
        "“Will the rates rise?” a resident asked.",
    )
    assert pairs(article) == [("Will the rates rise?", None)]


def test_the_paragraph_after_a_lone_quote_names_its_speaker() -> None:
    article = run(
        "“A town without a cinema forgets how to laugh together.”",
        "So says Ezra Holloway, who has run the Palace picture house since 1987.",
        "“The harbour is older than the town.”",
        "That is how Dr. Wren Abara, the museum’s keeper, begins every tour.",
    )
    assert [s for _, s in pairs(article)] == ["Ezra Holloway", "Wren Abara"]


def test_a_paragraph_not_pointing_back_names_no_speaker() -> None:
    article = run(
        "“A town without a cinema forgets how to laugh together.”",
        "The Palace picture house closed in May. Ezra Holloway bought it in June.",
    )
    assert [s for _, s in pairs(article)] == [None]


def test_a_spokeswoman_for_a_body_named_after_the_verb() -> None:
    article = run(
        "“The gates open at six,” said a spokeswoman for the county fair, Dolores Ibarra.",
    )
    assert pairs(article) == [("The gates open at six,", "Dolores Ibarra")]


def test_he_with_no_known_man_is_the_one_named_in_the_paragraph() -> None:
    article = run(
        "“The pier is safe,” said Councilwoman Edith Rowe.",
        "Waiting at the gate was Anselm Quirke, 52, a diver from Dunmore County, who"
        " inspected the pilings in May.",
        "“Two of them are cracked through,” he said.",
    )
    assert [s for _, s in pairs(article)] == ["Edith Rowe", "Anselm Quirke"]


def test_he_with_no_known_man_nearby_is_no_one() -> None:
    article = run(
        "Anselm Quirke, 52, a diver, inspected the pilings in May.",
        "The pier reopened in June.",
        "The council met twice over the summer.",
        "“Two of them are cracked through,” he said.",
    )
    assert [s for _, s in pairs(article)] == [None]
