"""The role an appositive gives a person, read past an age ("X, 61, a retired teacher,")
and to the end of its sentence ("…, said X, a commuter from Y."), names the one a later
description stands for; the panel's description of a speaker stops at its sentence's
end; a description is its own noun ("the manager of the hotel": a manager), and a role
gives its holder its own noun, not what it is of ("a sponsor of the bill" is no bill)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_an_age_before_the_appositive_still_gives_the_role() -> None:
    article = run(
        "Wendeline Crabtree, 58, a retired signwriter from Oxley Bank, has painted every"
        " shop front on the parade.",
        "“Nobody wants gold leaf any more,” the retired signwriter said.",
    )
    assert pairs(article) == [("Nobody wants gold leaf any more,", "Wendeline Crabtree")]


def test_an_appositive_closing_the_sentence_gives_the_role() -> None:
    article = run(
        "“The queue went round the block twice,” said Jerome Achterfeld, a lollipop man"
        " at Rushmere Primary.",
        "The school moved the crossing after a van mounted the kerb in May.",
        "“Drivers slow down for the hat, not the sign,” the lollipop man added.",
    )
    assert pairs(article) == [
        ("The queue went round the block twice,", "Jerome Achterfeld"),
        ("Drivers slow down for the hat, not the sign,", "Jerome Achterfeld"),
    ]


def test_a_speakers_description_stops_at_the_end_of_its_sentence() -> None:
    article = run(
        "The scheme was praised by Ottoline Ferrabee, a historian at Wexcombe College. Its"
        " budget, however, is still unknown.",
        "“It is the first honest survey of the mills,” Ferrabee said.",
    )
    speaker = next(s for s in article.speakers if s.name == "Ottoline Ferrabee")
    assert speaker.description == "a historian at Wexcombe College"


def test_a_capitalised_run_closing_a_sentence_is_no_role() -> None:
    article = run(
        "In the spring issue of The Lantern, Pres. Halvorsen admits the dam was a mistake.",
        "“We built it for a town that never came,” the president told the magazine.",
    )
    assert pairs(article) == [("We built it for a town that never came,", "Halvorsen")]


def test_what_a_role_is_of_is_not_its_holder() -> None:
    article = run(
        "“It gives every parish a say,” said Imelda Fortescue, a sponsor of the bill.",
        "Backers of the bill, however, say the new bill would give “a veto to the county” in time.",
    )
    assert pairs(article)[0] == ("It gives every parish a say,", "Imelda Fortescue")
    assert pairs(article)[1][1] != "Imelda Fortescue"  # "the bill": not its sponsor


def test_a_description_is_its_noun_not_what_it_is_of() -> None:
    article = run(
        "Benedikt Aaltonen, chair of Holloway Parish Council, opened the meeting.",
        "“The hall roof leaks in three places,” said Wilma Strand, who runs the playgroup.",
        "“We have patched it nine times,” the chair of the parish council said.",
    )
    assert pairs(article)[1] == ("We have patched it nine times,", "Benedikt Aaltonen")


def test_a_former_holder_of_the_role_is_not_the_role() -> None:
    article = run(
        "The talks were chaired by Harbour Board Chairman Lysander Okafor-Lindqvist.",
        "Outside, the crowd was led by Sadie Ironmonger, a former dockers’ chairman and a"
        " campaigner for the quay.",
        "“We will sign when the cranes are fixed,” the veteran chairman said.",
    )
    assert pairs(article) == [
        ("We will sign when the cranes are fixed,", "Lysander Okafor-Lindqvist")
    ]


def test_a_verb_after_the_comma_is_no_bare_role() -> None:
    article = run(
        "“The sluice must be rebuilt,” said Leontyne Barraclough, chair of the Weir Society.",
        "Opponents said the cost was too high. Osgood Pemberton, voiced support for the"
        " plan, and the vote was carried.",
        "“It is the only way to save the meadow,” Pemberton said.",
    )
    roles = {s.name: s.description for s in article.speakers}
    assert roles["Leontyne Barraclough"] == "chair of the Weir Society"
    assert roles["Osgood Pemberton"] is None
