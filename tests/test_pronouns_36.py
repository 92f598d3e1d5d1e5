"""Session 36's rules for "they" and "it", on texts written for them (bench/unseen_written.py
--set 36 scores the written family; these are other sentences of the same shapes)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_they_after_a_nameless_group_is_no_one_named() -> None:
    article = run(
        "A swimmer was rescued from Calloway Bay on Saturday evening.",
        "Lifeboat helm Torvald Ingersen said the tide had turned an hour earlier.",
        "“Another ten minutes and we would have been too late,” he said.",
        "Her parents later thanked the crew.",
        "“We cannot put into words what they did,” they said.",
    )
    assert pairs(article)[-1] == ("We cannot put into words what they did,", None)


def test_they_after_a_group_of_a_named_body_is_the_body() -> None:
    article = run(
        "Brackwell Police are appealing for witnesses after a van was set alight.",
        "Owner Dilwyn Rees said he had bought it a week ago.",
        "“It was my whole business,” he said.",
        "The police said the fire was started deliberately.",
        "“Anyone with information should call us,” they said.",
    )
    assert pairs(article)[-1] == ("Anyone with information should call us,", "Brackwell Police")


def test_it_is_never_a_person_given_a_role() -> None:
    article = run(
        "Quayside Textilwerk will shut its dye house in Aldmoor, the company said on Monday.",
        "Its managing director, Wiebke Ostermann, said the plant had lost money for years.",
        "“We kept it open longer than the figures allowed,” Ostermann said.",
        "Shift supervisor Jorun Halvorsen said the news had come without warning.",
        "“Staff will be paid in full for the notice period,” it said in a statement.",
    )
    assert pairs(article)[-1] == (
        "Staff will be paid in full for the notice period,",
        "Quayside Textilwerk",
    )


def test_it_far_back_is_the_body_leading_the_story() -> None:
    article = run(
        "Fernleigh District Council has closed the Sandbrook footbridge after an inspection.",
        "Walkers now face a two-mile detour along the main road.",
        "Pensioner Maud Ellery crosses the bridge every day to visit her sister.",
        "“I cannot walk that far,” she said.",
        "“The bridge will reopen as soon as repairs are complete,” it said.",
    )
    assert pairs(article)[-1] == (
        "The bridge will reopen as soon as repairs are complete,",
        "Fernleigh District Council",
    )


def test_it_far_back_is_no_body_merely_mentioned_in_the_lead() -> None:
    article = run(
        "Councillor Ada Thwaite criticised the plan on Monday, hours after the Marlow Trust"
        " published it.",
        "Residents had objected in their hundreds.",
        "Farmer Owen Pryce said the fields flooded every winter.",
        "“Nobody asked us,” he said.",
        "The statement was clear. “No homes will be built on the meadow,” it said.",
    )
    assert pairs(article)[-1][1] != "Marlow Trust"


def test_he_after_a_man_brought_in_with_a_whose_clause() -> None:
    article = run(
        "“The quarry will bring sixty jobs,” said Alderman Simon Whitcombe, who backs the plan.",
        "The first question came from Zdravko Lindqvist, whose cottage overlooks the site.",
        "“Sixty jobs and six hundred lorries,” he said.",
    )
    assert pairs(article)[-1] == ("Sixty jobs and six hundred lorries,", "Zdravko Lindqvist")


def test_a_whose_clause_after_a_later_name_of_its_sentence_is_not_it() -> None:
    article = run(
        "Few growers have planted the new rootstock, said Tarjei Brekkeland, director of the"
        " Harwick Orchard Circle, whose members farm 900 hectares. None has ordered it."
        " “They wait for a neighbour to go first,” he said.",
    )
    assert pairs(article)[-1] == ("They wait for a neighbour to go first,", "Tarjei Brekkeland")


def test_they_after_a_named_bodys_group_that_said_nothing_is_the_body() -> None:
    """The group's sentence holds no saying verb, so only the named body holding the
    group's noun ("the police" after "Brackwell Police") gives "they" its speaker."""
    article = run(
        "Brackwell Police are appealing for witnesses after a van was set alight.",
        "Owner Dilwyn Rees said he had bought it a week ago.",
        "“It was my whole business,” he said.",
        "The police later arrested a man of 24.",
        "“Anyone with information should call us,” they said.",
    )
    assert pairs(article)[-1] == ("Anyone with information should call us,", "Brackwell Police")


def test_they_after_a_group_behind_an_opening_phrase_is_no_one_named() -> None:
    """ "In a letter to members, the trustees …": the phrase before the group's owner
    word does not hide the group, so "they" is not the last speaker."""
    article = run(
        "Wetherby Rowing Club has lost its boathouse to a fire.",
        "Captain Oskar Lind said the club had owned it since 1921.",
        "“Every boat we had was in there,” he said.",
        "In a letter to members, the trustees promised to rebuild.",
        "“We will be on the water by spring,” they said.",
    )
    assert pairs(article)[-1] == ("We will be on the water by spring,", None)


def test_it_may_be_a_body_described_by_an_organisations_word() -> None:
    """ "Calder Voices, a student choir": "student" is a person's word, but the
    description's noun is a body's, so "it" may be Calder Voices."""
    article = run(
        "Calder Voices, a student choir from Leeds, has been barred from the national final.",
        "Organiser Petra Lindgren said the entry had arrived a day late.",
        "“Rules are rules,” she said.",
        "“We posted the form three weeks before the deadline,” it said.",
    )
    assert pairs(article)[-1] == (
        "We posted the form three weeks before the deadline,",
        "Calder Voices",
    )
