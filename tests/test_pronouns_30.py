"""Pronouns whose person the narration does not name: someone brought in by a
description, and the writer of a first-person piece."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_described_person_heading_a_sentence_is_the_he_after_it() -> None:
    article = run(
        "Mayor Anton Holm said the ferry to Skarra would run again by the spring.",
        "A fisherman who has crossed the sound every day since 1990 was doubtful.",
        "“I will believe it when the boat is at the pier,” he said.",
    )
    assert pairs(article)[-1] == ("I will believe it when the boat is at the pier,", None)


def test_a_noun_that_tells_the_sex_of_the_described_person() -> None:
    article = run(
        "Dr. Irma Vos, who runs the surgery on Kell Street, said the waiting list was shorter.",
        "In the car park, a father of four who had waited since the morning shook his head.",
        "“The list is shorter because people have given up,” she said.",
    )
    assert pairs(article)[-1] == ("The list is shorter because people have given up,", "Irma Vos")


def test_a_described_person_named_in_apposition_is_that_name() -> None:
    article = run(
        "The Brenna lighthouse will be sold at auction in June.",
        "A volunteer from the lifeboat crew, Tobiah Flint, lived in it until 1987.",
        "“I painted the stairs every summer,” he said.",
    )
    assert pairs(article)[-1] == ("I painted the stairs every summer,", "Tobiah Flint")


def test_the_writer_of_a_first_person_piece_is_never_she() -> None:
    article = run(
        "I rang the depot on Monday morning. “Where is my parcel?” I asked. “It left on"
        " Friday,” she said.",
        authors=["Nadia Brill"],
    )
    assert pairs(article) == [("Where is my parcel?", "Nadia Brill"), ("It left on Friday,", None)]


def test_it_is_a_firm_named_for_its_partners() -> None:
    article = run(
        "Marrow & Pike, the Dunley shoemakers that have shod the town's police since 1931,"
        " lost the order to a rival abroad on Friday.",
        "“We will make boots for walkers instead,” it said.",
    )
    assert pairs(article)[-1] == ("We will make boots for walkers instead,", "Marrow & Pike")


def test_they_is_a_family_named_in_the_plural() -> None:
    article = run(
        "The Albrechts have grown tulips on the dyke road since before the war. This spring"
        " the frost took half of them.",
        "“We planted again the next morning,” they said.",
    )
    assert pairs(article)[-1] == ("We planted again the next morning,", "Albrechts")


def test_a_closing_note_names_the_writer_of_a_piece_with_no_byline() -> None:
    article = run(
        "Every spring I count the swifts over Bracken Lane from my back step.",
        "“Nineteen birds, the fewest in twelve years,” I wrote in my notebook on Sunday.",
        "Odile Fenn is a retired postwoman and a volunteer bird recorder.",
    )
    assert pairs(article) == [("Nineteen birds, the fewest in twelve years,", "Odile Fenn")]


def test_a_described_person_gives_way_to_a_named_one_who_fits_in_the_sentence() -> None:
    article = run(
        "A judge in Harlow ruled on Monday that Ana Ruiz could keep her farm.",
        "“I cried all night when I heard,” she said.",
    )
    assert pairs(article)[-1] == ("I cried all night when I heard,", "Ana Ruiz")
