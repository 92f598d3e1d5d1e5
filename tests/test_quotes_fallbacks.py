"""When the likeliest cue names nobody, the next one speaks: a noun after the quote that
looks like a verb, a participle whose doer is elsewhere in the sentence, a signature
line, an inverted verb of any kind, a campaign or a surname that looks like an adverb."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_noun_after_the_quote_leaves_the_cue_before_it() -> None:
    article = run(
        "Maria Lenz said the plan had “no real chance” against the new secretary of state."
    )
    assert pairs(article) == [("no real chance", "Maria Lenz")]
    # read as a verb, "state" would make "the Office of" the speaker
    article = run(
        "Maria Lenz said the plan had “no real chance” against the Office of state budgets."
    )
    assert pairs(article) == [("no real chance", "Maria Lenz")]


def test_a_participle_belongs_to_the_say_verb_before_it() -> None:
    article = run(
        "In a CNN interview, Paul Dorsey said the count would be slow, adding, “Be patient.”"
    )
    assert pairs(article) == [("Be patient.", "Paul Dorsey")]
    # not the sentence's subject: the say-verb's
    article = run(
        "Mayor Ann Cole was late, and Paul Dorsey said the count would be slow, adding,"
        " “Be patient.”"
    )
    assert pairs(article) == [("Be patient.", "Paul Dorsey")]
    # "claims" after "Ann Cole’s" is a noun, not her say-verb
    article = run("Paul Dorsey mocked Ann Cole’s claims, adding, “Be patient.”")
    assert pairs(article) == [("Be patient.", "Paul Dorsey")]


def test_with_a_name_and_a_participle() -> None:
    article = run("Senators were unhappy, with Sen. Joan Riggs calling the plan a “cheap trick.”")
    assert pairs(article) == [("cheap trick.", "Joan Riggs")]


def test_a_progressive_participle_takes_its_own_subject() -> None:
    article = run(
        "Unlike the mayor, the Harbor Workers Union is calling on Tom Prell to “stop hiding.”"
    )
    assert pairs(article) == [("stop hiding.", "Harbor Workers Union")]
    # not the sentence's subject: the subject of "is calling"
    article = run(
        "Mayor Ann Cole met the press as the Harbor Workers Union is calling on her to"
        " “stop hiding.”"
    )
    assert pairs(article) == [("stop hiding.", "Harbor Workers Union")]


def test_a_signature_line_signs_the_quote_above() -> None:
    article = run(
        "Voters told us what they thought.",
        "“Nobody in this town trusts the council any more.”",
        "— Rita Gomez, Lowell.",
    )
    assert pairs(article) == [("Nobody in this town trusts the council any more.", "Rita Gomez")]


def test_a_dash_inside_prose_signs_nothing() -> None:
    article = run("“We are ready for whatever the weather brings.”", "- and then the vote began.")
    assert pairs(article)[0][1] is None


def test_an_inverted_verb_of_any_kind() -> None:
    article = run("“Imagine the two of them on one stage,” mused radio host Ed Carver.")
    assert pairs(article) == [("Imagine the two of them on one stage,", "Ed Carver")]


def test_a_campaign_named_after_its_candidate() -> None:
    article = run("According to the Marsh campaign, “the rally will go ahead.”")
    assert pairs(article) == [("the rally will go ahead.", "Marsh campaign")]


def test_a_surname_ending_like_an_adverb() -> None:
    article = run("“Having the data is valuable,” said Skelly, who worked with the team.")
    assert pairs(article) == [("Having the data is valuable,", "Skelly")]


def test_a_state_after_a_town_is_not_the_speaker() -> None:
    article = run("Ann Brill, who grew up in Dover, Delaware, said the town was “never the same.”")
    assert pairs(article) == [("never the same.", "Ann Brill")]
    article = run("“The town was never the same,” a nurse from Dover, Delaware told us.")
    assert pairs(article)[0][1] is None  # the nurse is not named


def test_a_sentence_ending_in_a_colon_without_a_say_verb() -> None:
    article = run(
        "Judge Ada Mosman read the letter another way: “If the owner wants the pier back, he"
        " must pay for it.”"
    )
    assert pairs(article)[0][1] == "Ada Mosman"


def test_an_inverted_speaker_with_a_party_in_parentheses() -> None:
    article = run(
        "“He is struggling with what is going on,” said former Kent governor Ida Hale (D),"
        " a Ross supporter."
    )
    assert pairs(article)[0][1] == "Ida Hale"


def test_a_name_modifying_a_governed_noun_is_not_the_subject() -> None:
    article = run(
        "In a KTV interview that evening, Lorna Pike went further: “If he runs and loses,"
        " it is over for him.”"
    )
    assert pairs(article)[0][1] == "Lorna Pike"


def test_a_capitalised_adjective_before_a_role_is_not_the_subject() -> None:
    article = run(
        "Liberal council candidate Ines Ruiz on Friday faulted the harbour budget, saying it"
        " “leaves the docks to rot.”"
    )
    assert pairs(article) == [("leaves the docks to rot.", "Ines Ruiz")]


def test_a_surname_before_an_irregular_verb_stays_the_subject() -> None:
    # "Logan" ends as "Liberal" does: a verb after it, not a role, makes it the subject
    for verb in ("went after", "took aim at"):
        article = run(f"At a fair in Redmoor, Logan {verb} Dunn, calling him “a windbag.”")
        assert pairs(article) == [("a windbag.", "Logan")], verb


def test_the_name_a_speaker_tells_before_a_colon_is_the_listener() -> None:
    article = run("Ray Pitt later told Channel Nine: “We will win this seat and the next one.”")
    assert pairs(article)[0][1] == "Ray Pitt"


def test_reported_speech_hands_its_speaker_to_the_quote_below() -> None:
    article = run(
        "“Moving the market this summer would ruin the stallholders,” Lou Ryder wrote.",
        "Dana Ash argued in her letter that the vote had been held without notice.",
        "“Given that, why should anyone trust the count?”",
    )
    assert [speaker for _, speaker in pairs(article)] == ["Lou Ryder", "Dana Ash"]


def test_first_names_and_surnames_that_end_like_adverbs_still_speak() -> None:
    for name in ("Emily", "Scully", "Beverly"):
        article = run(f"“The line was busy all night,” said {name}, who ran the desk.")
        assert pairs(article)[0][1] == name
    article = run("“The line was busy all night,” Carefully, she hung up.")
    assert pairs(article)[0][1] != "Carefully"


def test_a_later_quote_ending_its_sentence_takes_the_cue_before_it() -> None:
    article = run(
        "Vance blamed “the weather.” Former Ohio mayor Ann Dale called the plan “quite risky.”"
        " Gov. Ira Cole, hoping to win, called Vance a “petulant child.”"
    )
    assert [s for _, s in pairs(article)] == ["Vance", "Ann Dale", "Ira Cole"]


def test_a_name_before_a_colon_speaks_only_right_before_it() -> None:
    article = run(
        "Nina Brandt keeps to the rule handed down among many Baptists on the county board:"
        " “I grow what the soil lets me.”"
    )
    assert pairs(article) == [("I grow what the soil lets me.", "Nina Brandt")]


def test_a_name_before_who_speaks_for_the_who() -> None:
    article = run(
        "The ferry timetable drew scorn from Mayor Ada Hale, who called it “a slow insult” to"
        " commuters, and from Tom Dunn, who says it is “a disgrace.”"
    )
    assert [s for _, s in pairs(article)] == ["Ada Hale", "Tom Dunn"]


def test_an_appositive_between_dashes_or_a_who_clause_keeps_the_speaker() -> None:
    article = run(
        "Tom Sims — a teacher from Pleasant — says he chose late, and that the mayor’s"
        " backing was “a big deal.”",
        "Sen. Ida Pruett, who won her seat by nine votes in 2018, casts Voss as a leader"
        " who would “undo” the accord.",
    )
    assert [s for _, s in pairs(article)] == ["Tom Sims", "Ida Pruett"]
