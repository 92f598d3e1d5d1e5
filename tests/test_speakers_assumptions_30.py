"""Named speakers where copy breaks what attribution assumed (README, issue 14, session
30): a say-word that is the first word of a role ("the fire officer"), a role in
apposition before the name after an article ("The head teacher of Marlow Primary, Tobias
Wren,"), and a lone quote paragraph whose speaker the next paragraph brings in."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_say_word_before_a_role_noun_is_part_of_the_role() -> None:
    article = run(
        "“The roof went first, then the stairs,” the county fire officer, Benedetta Quirke,"
        " told the evening bulletin.",
    )
    assert pairs(article) == [("The roof went first, then the stairs,", "Benedetta Quirke")]


def test_the_role_set_before_a_name_after_an_article_describes_that_person() -> None:
    article = run(
        "The head teacher of Marlow Primary, Tobias Wren, closed the school on Monday after"
        " a pipe burst under the hall.",
        "“The children will be back by Thursday,” the head teacher said.",
    )
    assert pairs(article) == [("The children will be back by Thursday,", "Tobias Wren")]


def test_a_role_with_no_body_named_after_it_is_not_recorded() -> None:
    article = run(
        "The author of the study, Lucan Thorne, spoke to the committee on Monday.",
        "The study calls the harbour wall “a disaster waiting for a high tide and a west wind.”",
    )
    assert pairs(article)[0][1] != "Lucan Thorne"


def test_a_lone_quote_is_spoken_by_the_person_the_next_paragraph_brings_in() -> None:
    article = run(
        "The winter was hard on the valley's hives.",
        "“I opened the first box in March and there was nothing inside. Not one bee. I sat"
        " down on the grass and did not get up for an hour.”",
        "Beekeeper Solveig Arden lost eleven of her fourteen colonies.",
    )
    assert pairs(article)[0][1] == "Solveig Arden"


def test_not_after_a_paragraph_naming_someone_nor_for_a_quoted_subhead() -> None:
    named_before = run(
        "Ewan Pritchard has farmed the valley for forty years. The lower field floods every"
        " winter now.",
        "“The drains have not been cleared in years. Nobody comes out here any more.”",
        "Councillor Mirela Dobos said the drains were cleared in May.",
    )
    assert pairs(named_before)[0][1] != "Mirela Dobos"
    subhead = run(
        "The canal trust has voted to sell the old lock house.",
        "“A fair price”",
        "Surveyor Hamish Oduya valued the house at half its asking price.",
    )
    assert all(speaker != "Hamish Oduya" for _, speaker in pairs(subhead))


def test_not_after_a_paragraph_where_a_body_or_its_document_speaks() -> None:
    article = run(
        "The harbour board published its dredging plan on Tuesday, after two years of surveys.",
        "“Every berth will take a laden trawler at low water by the end of next summer.”",
        "Skipper Idony Treloar welcomed the news but doubted the timetable.",
    )
    assert pairs(article)[0][1] != "Idony Treloar"
