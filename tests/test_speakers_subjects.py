"""The subject of a say-verb when words stand between it and the verb ("An aide,
speaking on condition of anonymity, said"), or when a name follows the verb without
being inverted ("said Tuesday that Varga …": Varga is what was said about)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_described_subject_with_an_appositive_speaks() -> None:
    article = run(
        "Piet Varga, the ferry operator, plans a tour of the coast.",
        "An Oslo official, speaking on condition of anonymity to discuss the minister’s"
        " schedule, said Wednesday that the minister “will meet anyone who asks.”",
    )
    assert pairs(article) == [("will meet anyone who asks.", "An Oslo official")]


def test_a_name_after_said_that_is_not_the_speaker() -> None:
    article = run(
        "Piet Varga, the ferry operator, plans a tour of the coast.",
        "Officials in the harbour town, still angry over the fares, said Tuesday that Piet"
        " Varga “is not welcome here.”",
    )
    assert [q.speaker for q in article.quotes] == [None]


def test_a_linking_word_between_commas_is_no_description() -> None:
    article = run("Ottavio Serra, however, said the fund would be “empty by June.”")
    assert pairs(article) == [("empty by June.", "Ottavio Serra")]
    assert article.speakers[0].description is None


def test_a_reporting_clause_between_commas_names_the_speaker() -> None:
    article = run("The Gazette, Rosalind Pike said, called the ruling “a disgrace to the bench.”")
    assert pairs(article) == [("a disgrace to the bench.", "Rosalind Pike")]


def test_an_email_reports_and_a_capitalised_pronoun_opens_a_new_sentence() -> None:
    article = run(
        "Ada Fenn wrote often to Rolf Sand.",
        "When the harbour froze, Sand emailed his good wishes, calling her “Skipper” and urging"
        " her, “keep the lamps lit!” She wrote back to him that it was a “long, cold watch.”",
    )
    assert pairs(article) == [
        ("Skipper", "Rolf Sand"),
        ("keep the lamps lit!", "Rolf Sand"),
        ("long, cold watch.", "Ada Fenn"),
    ]


def test_an_ing_verb_after_the_comma_is_no_role_of_the_name() -> None:
    article = run(
        "Mayor Ines Varga said on Monday, “We are grateful” for the divers’ rescue, adding"
        " that Lund’s parents had asked to thank the crew."
    )
    assert pairs(article) == [("We are grateful", "Ines Varga")]
