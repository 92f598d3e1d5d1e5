"""Pronouns whose person the narration names without a full name or a title."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_lone_surname_heading_a_clause_is_the_he_after_it() -> None:
    article = run(
        "The governor met Dale Voss on Monday to talk about the ballots.",
        "“We will count every vote,” Voss said.",
        "Okafor also answered the clerks on Thursday, stating that counties run the vote.",
        "“We take our duty to watch the vote seriously,” he added, as Okafor told reporters.",
    )
    assert pairs(article)[-1] == ("We take our duty to watch the vote seriously,", "Okafor")


def test_a_plural_of_a_role_word_is_a_group_not_the_she() -> None:
    article = run(
        "Senator Maren Holt won the nomination on Tuesday, to the dismay of Republicans.",
        "Republicans had “walked away from the table” on wages, she said in a video.",
    )
    assert pairs(article)[-1] == ("walked away from the table", "Maren Holt")


def test_what_i_quote_is_speech_even_when_no_one_signs_the_piece() -> None:
    article = run(
        "I have covered this council for ten years.",
        "Last week I told the members: “You have failed the valley.”",
    )
    assert [(q.text, q.kind) for q in article.quotes] == [("You have failed the valley.", "direct")]


def test_i_in_a_piece_whose_headline_its_writer_signs() -> None:
    paragraphs = (
        "I have covered this council for ten years.",
        "Last week I told the members: “You have failed the valley.”",
    )
    signed = run(*paragraphs, title="Nora Bell: The council has failed us")
    assert pairs(signed) == [("You have failed the valley.", "Nora Bell")]
    quoted = run(*paragraphs, title="Nora Bell: ‘The council has failed us’")
    assert pairs(quoted)[-1] == ("You have failed the valley.", None)


def test_it_after_a_name_whose_verb_takes_its_is_that_body() -> None:
    article = run(
        "“We were told the looms would stay,” said Ray Dunn, a weaver.",
        "Harlow Mills closed its last plant on Friday.",
        "“We kept it open as long as we could,” it said in a statement.",
    )
    assert pairs(article)[-1] == ("We kept it open as long as we could,", "Harlow Mills")
    assert [(s.name, s.kind) for s in article.speakers][-1] == ("Harlow Mills", "organisation")


def test_it_is_never_a_person() -> None:
    """ "it said" with no body named is no one, not the person quoted last."""
    article = run(
        "“The bridge was never safe,” said Wanda Ostrowska, an engineer.",
        "The parish council met on Monday to hear the survey.",
        "“It is a relief to know at last,” it said in a post on its website.",
    )
    assert pairs(article)[-1] == ("It is a relief to know at last,", None)


def test_a_body_that_takes_its_is_not_the_he() -> None:
    article = run(
        "“We were told the looms would stay,” said Ray Dunn, a weaver.",
        "Harlow Mills closed its last plant on Friday.",
        "“Nobody saw it coming,” he said.",
    )
    assert pairs(article)[-1] == ("Nobody saw it coming,", "Ray Dunn")


def test_the_one_who_reports_a_sentence_is_the_he_after_it() -> None:
    opening = "“We need a fighter,” Dale Voss says."
    quote = "“Okafor wins every debate,” he says."
    trailing = run(
        opening, "Ken Okafor is right on taxes and the ablest debater, Voss argues.", quote
    )
    assert pairs(trailing)[-1] == ("Okafor wins every debate,", "Dale Voss")
    according = run(opening, "According to Voss, Ken Okafor is the ablest debater.", quote)
    assert pairs(according)[-1] == ("Okafor wins every debate,", "Dale Voss")


def test_a_body_named_by_what_it_serves_is_the_it_and_keeps_its_whole_name() -> None:
    article = run(
        "The Department of Fisheries closed the bay to boats on Monday.",
        "“The stocks need a year to recover,” it said in a statement.",
        "“It will ruin us,” said the Council of Oyster Growers.",
    )
    assert pairs(article) == [
        ("The stocks need a year to recover,", "Department of Fisheries"),
        ("It will ruin us,", "Council of Oyster Growers"),
    ]
    assert {s.kind for s in article.speakers} == {"organisation"}


def test_he_after_an_unnamed_subject_is_that_person_not_the_last_named_speaker() -> None:
    article = run(
        "“The timetable is fair,” said Angus Dalziel, a councillor.",
        "A spokesman for Western Isles Ferries said demand had fallen over the winter.",
        "“We will look at it again in March,” he said.",
        "An aide to the transport minister, who asked not to be named, said talks went on."
        " “Nothing is decided,” he said.",
    )
    assert pairs(article)[1:] == [
        ("We will look at it again in March,", "Western Isles Ferries"),
        ("Nothing is decided,", None),
    ]


def test_a_name_set_off_after_the_role_names_the_she() -> None:
    article = run(
        "“The pool should stay open,” said Bea Lindqvist, who swims there daily.",
        "A spokeswoman for the leisure trust, Ida Moss, said repairs would cost millions.",
        "“We cannot find that money this year,” she said.",
    )
    assert pairs(article)[-1] == ("We cannot find that money this year,", "Ida Moss")
