"""Speakers no cue of the old finders offered, on texts written for the tests: a role in
lower case after someone introduced with a description, a sentence pointing back at the
quote, a role noun of another language glued to the name, a body whose name holds "of
the"."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_role_no_one_was_given_is_the_person_just_described() -> None:
    article = run(
        "The last crossing of the old ferry left the harbour on Friday.",
        "Mara Quillon, who steered the ferry for thirty years, stood on the quay with"
        " her grandchildren as the boat pulled away.",
        "“We carried the doctor, the post and the cattle,” the retired skipper said.",
    )
    assert pairs(article) == [("We carried the doctor, the post and the cattle,", "Mara Quillon")]


def test_a_role_with_capitals_is_left_to_the_people_it_names() -> None:
    article = run(
        "Mara Quillon, who steered the ferry for thirty years, stood on the quay.",
        "“It was never about the money,” the Westport skipper said.",
    )
    assert pairs(article) == [("It was never about the money,", "the Westport skipper")]


def test_a_role_after_two_people_described_is_no_one_guessed() -> None:
    article = run(
        "Mara Quillon, who steered the ferry for thirty years, met Daniel Brenning, who"
        " sold its tickets, on the quay.",
        "“It was never about the money,” the retired skipper said.",
    )
    assert pairs(article) == [("It was never about the money,", None)]


def test_a_sentence_that_points_back_at_the_quote_names_its_speaker() -> None:
    article = run(
        "The mill by the river closed in the winter of the flood.",
        "Teodor Vasko kept its keys for twenty years.",
        "“The water rose to the second floor in a single night.” That is how Vasko remembers it.",
    )
    assert pairs(article) == [
        ("The water rose to the second floor in a single night.", "Teodor Vasko")
    ]


def test_a_role_noun_of_another_language_is_no_part_of_the_name() -> None:
    article = run(
        "Die Stadtwerke haben am Montag eine neue Halle eröffnet.",
        "Geschäftsführerin Henrike Maas sagte: „Wir haben lange auf diesen Tag gewartet.“",
    )
    assert pairs(article) == [("Wir haben lange auf diesen Tag gewartet.", "Henrike Maas")]


def test_a_body_named_of_the_something_is_the_whole_body() -> None:
    article = run(
        "Plans for a road across the salt flats drew criticism on Tuesday.",
        "“The road would cut the last wild marsh of the county in two,” Keepers of the"
        " Saltmarsh said in a statement.",
    )
    assert pairs(article) == [
        ("The road would cut the last wild marsh of the county in two,", "Keepers of the Saltmarsh")
    ]


def test_a_name_after_a_conjunction_is_the_subject_of_its_verb() -> None:
    article = run(
        "The council meeting ran past midnight.",
        "“Not one bus route gets cheaper under this plan,” Okafor wrote after Lindqvist"
        " argued at the hearing that “every rider will pay less by the spring.”",
    )
    assert pairs(article) == [
        ("Not one bus route gets cheaper under this plan,", "Okafor"),
        ("every rider will pay less by the spring.", "Lindqvist"),
    ]


def test_a_sentence_presenting_the_quote_names_its_speaker() -> None:
    article = run(
        "The harbour board met on Friday to hear from the people who run the port.",
        "Here was Ines Falk at the spring meeting of 2019: “The channel silts up every winter.”",
        "As harbour engineer Tomasz Okonkwo put it to the members before the vote, “No budget"
        " has ever covered it.”",
    )
    assert pairs(article) == [
        ("The channel silts up every winter.", "Ines Falk"),
        ("No budget has ever covered it.", "Tomasz Okonkwo"),
    ]


def test_a_sentence_saying_whom_the_quote_came_from_names_its_speaker() -> None:
    article = run(
        "The harbour board met on Friday.",
        "“The channel silts up every winter.” The warning came from harbourmaster Ines Falk,"
        " who has run the port since 2004.",
    )
    assert pairs(article) == [("The channel silts up every winter.", "Ines Falk")]
