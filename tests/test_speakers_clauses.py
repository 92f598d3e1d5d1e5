"""Who heads a clause, as the pronoun rules read it: a name before a negated verb
("Brant wouldn’t say"), not the name of the one it works for."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_name_before_a_negated_verb_heads_its_clause() -> None:
    article = run(
        "Harbour board chair Nina Falk put off the sale. “We will wait,” Falk said.",
        "Falk spokesman Ivo Brant wouldn’t say whether the board would meet before spring.",
        "“Nobody has set a date for that,” he said.",
    )
    assert pairs(article)[-1] == ("Nobody has set a date for that,", "Ivo Brant")


def test_titles_after_a_quote_are_not_more_of_it() -> None:
    article = run(
        "“We watch far too much television,” Mayor Ida Brandt said.",
        "Then came “Harbour Lights,” “Night Shift” and “Veep” on the late list."
        " “Blacklisted?” Brandt asked later. “Never.”",
    )
    assert pairs(article) == [
        ("We watch far too much television,", "Ida Brandt"),
        ("Blacklisted?", "Ida Brandt"),
        ("Never.", "Ida Brandt"),
    ]


def test_a_surname_with_a_title_is_someone_he_or_she_can_be() -> None:
    article = run(
        "“Wages may finally rise,” the economist Jo Bern wrote.",
        "Ms. Gray said the alert had been “switched on” for the first time. “People turn to"
        " us first,” she said.",
        "Mr. Khan left early. Mrs. Khan stayed. “We are fine,” she said.",
    )
    assert [s for _, s in pairs(article)] == ["Jo Bern", "Gray", "Gray", "Mrs. Khan"]


def test_a_full_name_after_a_day_and_a_preposition_is_introduced() -> None:
    article = run(
        "Mayor Tom Hale asked Friday for Harbour Court Judge Ruth Ann Ober to leave the case.",
        "Judges seldom answer a mayor, but Ober has never hidden her views.",
        "She wrote back on Sunday. “He has read none of the files,” she said.",
    )
    assert pairs(article) == [("He has read none of the files,", "Ruth Ann Ober")]


def test_a_place_before_a_role_is_a_description_not_a_speaker() -> None:
    article = run(
        "Sen. Piet Varga thanked the hall as he conceded to Idaho winner Carl Moen.",
        "The Oregon senator tried to quiet the room, saying the protester would “come to no"
        " harm” at his event.",
    )
    assert pairs(article) == [("come to no harm", "Piet Varga")]


def test_and_before_a_name_after_a_quote_opens_another_clause() -> None:
    article = run(
        "Greta Holm accuses the council of “sleeping at the wheel” and Omar Pike says it is"
        " “losing the harbour,” part of a campaign they have waged against the mayor.",
        "“It has voted with the lobby” and against the law, Sen. Ana Clay said.",
    )
    assert pairs(article) == [
        ("sleeping at the wheel", "Greta Holm"),
        ("losing the harbour,", "Omar Pike"),
        ("It has voted with the lobby", "Ana Clay"),
    ]


def test_a_role_named_after_its_owner_heads_the_sentence() -> None:
    article = run(
        "Mayor Ann Lee hired a new harbour team.",
        "Last week Lee’s Idaho port manager, Joe Brandt, contacted the boatyard, writing"
        " in a letter: “The slipway must be ready by June.”",
    )
    assert pairs(article) == [("The slipway must be ready by June.", "Joe Brandt")]


def test_a_phrase_of_time_or_place_between_a_name_and_its_verb() -> None:
    article = run(
        "The break was complete when Hale in her opening speech called the ferry crews"
        " “lazy and slow” and promised to sell the boats.",
    )
    assert pairs(article) == [("lazy and slow", "Hale")]


def test_an_initial_in_a_role_before_the_name_after_a_quote() -> None:
    article = run(
        "Mayor Ned Ulm spoke first.",
        "“We will be back,” former John Q. Ames aide Ida Brandt said on Monday.",
    )
    assert pairs(article) == [("We will be back,", "Ida Brandt")]


def test_a_name_after_with_says_the_words_of_its_participle() -> None:
    article = run(
        "Critics saw the loss of a diver as a sign of disarray, with Vukic noting the folly"
        " of sending “a couple of hundred divers here” into the bay.",
    )
    assert pairs(article) == [("a couple of hundred divers here", "Vukic")]


def test_an_appositive_holding_a_quote_keeps_the_name_before_it() -> None:
    article = run(
        "Harbour delegate Ivo Marsh, wearing a straw hat and “Hale for Mayor” pins, said"
        " the vote was “a mess from start to finish.”",
    )
    assert pairs(article) == [("a mess from start to finish.", "Ivo Marsh")]
    assert "_" not in (article.speakers[0].description or "")  # no masked quote text
