"""Cues after a quote that sit past other words: an adjective that looks like a verb, an
inverted say-verb after a comma, a description that owns the name it introduces."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_lowercase_state_before_a_title_is_no_verb() -> None:
    article = run('"We will not back down on this," state Sen. Mary Oakes (D) said at noon.')
    assert pairs(article) == [("We will not back down on this,", "Mary Oakes")]


def test_inverted_say_verb_after_a_comma() -> None:
    article = run("Lunden “did very well with rural voters” in 2012, said professor Ray Dunn.")
    assert pairs(article) == [("did very well with rural voters", "Ray Dunn")]


def test_appositive_with_a_possessive_owner() -> None:
    article = run("“We will win this fight,” Tom Barker, Oakes’ campaign manager, said.")
    assert pairs(article) == [("We will win this fight,", "Tom Barker")]


def test_description_owned_by_a_name_before_the_speaker() -> None:
    article = run("“It will soften,” Rep. Ann Fogg’s chief of staff, Joe Pilsner, told reporters.")
    assert pairs(article) == [("It will soften,", "Joe Pilsner")]


def test_a_say_word_after_a_possessive_is_a_noun() -> None:
    article = run("Party chief Ron Vail called Lane’s remarks a “new low” on Monday.")
    assert pairs(article) == [("new low", "Ron Vail")]


def test_a_say_verb_after_a_capitalised_word_or_a_modal_is_no_cue() -> None:
    article = run(
        "Late in June, Ivo Brandt, Dale’s Nevada state coordinator, contacted the Tuckers,"
        " writing in a letter: “We need the list today.”"
    )
    assert pairs(article) == [("We need the list today.", "Ivo Brandt")]  # "Nevada state": no verb
    article = run(
        "If you doubt the city, the Harbour Gazette will call you a liar and River News will"
        " accuse you of staging a “panic.”"
    )
    assert [q.speaker for q in article.quotes] == [None]  # no one has said it yet


def test_a_capitalised_word_before_a_plural_noun_is_a_group() -> None:
    article = run("Lena Ortiz praised the plan, which Western states call “a model.”")
    assert pairs(article) == [("a model.", "Western states")]
    article = run("Lena Ortiz praised it. Southern governors have said it was “a model.”")
    assert pairs(article) == [("a model.", "Southern governors")]


def test_a_say_verb_in_a_clause_after_the_quote_is_not_its_cue() -> None:
    article = run(
        "Tom Sims, a teacher, voted on Tuesday.",
        "Sims said he was “still weighing both sides” until Nora Haley said she backed Vela.",
    )
    assert pairs(article) == [("still weighing both sides", "Tom Sims")]


def test_a_closing_mark_right_before_a_name_closes() -> None:
    article = run("“I never thought the ferry would stop this soon,”Clara Dunn said on air.")
    assert pairs(article) == [("I never thought the ferry would stop this soon,", "Clara Dunn")]


def test_a_base_form_after_a_singular_name_is_no_verb() -> None:
    article = run("Tell me: Which farm state is Dana Cole hoping to keep with “the outsiders”?")
    assert [q.speaker for q in article.quotes] == [None]  # not "Tell"
    article = run("Lena Ortiz went on to say, “We will cut through all of it.”")
    assert pairs(article) == [("We will cut through all of it.", "Lena Ortiz")]


def test_a_name_after_a_place_and_a_comma_is_no_state() -> None:
    article = run(
        "Rep. Ivo Marek spoke at noon.",
        "Hours after the vote in Philadelphia, Marek wrote to his followers, “We are not done.”",
    )
    assert pairs(article) == [("We are not done.", "Ivo Marek")]


def test_a_quote_that_ends_its_sentence_takes_no_cue_reporting_a_new_one() -> None:
    article = run(
        "“It is not new here,” said Rep. Ana Ortiz, adding that “we have elected them for"
        " decades.” Analyst Dan Ross agreed that the change was slow.",
        "“Russia is listening.” Ross said.",
    )
    assert [s for _, s in pairs(article)] == ["Ana Ortiz", "Ana Ortiz", "Dan Ross"]


def test_a_description_with_an_ampersand_speaks_as_written() -> None:
    article = run("“We are all shocked,” one B&Q Leeds employee told a local radio station.")
    assert pairs(article) == [("We are all shocked,", "one B&Q Leeds employee")]


def test_someone_asked_does_not_say_the_question() -> None:
    article = run(
        "Ana Ruiz spoke to the Ledger on Friday.",
        "In the interview, Ruiz was asked, “Where were you on the night of the vote?”",
    )
    assert [q.speaker for q in article.quotes] == [None]


def test_a_role_ending_in_state_before_a_colon_is_no_verb() -> None:
    article = run("Former secretary of state Ann Lee:“The figures came to us from the treasury.”")
    assert pairs(article) == [("The figures came to us from the treasury.", "Ann Lee")]


def test_an_inverted_say_verb_inside_the_sentence_before_a_quote() -> None:
    article = run(
        "The trouble with the bridge, says Carl Dunn, an engineer at the port office, is that"
        " it was “built for horses, not lorries.”",
        "Sen. Ada Pike, D-Vt., told Channel Four that the count might run “far behind,” as before.",
    )
    assert [s for _, s in pairs(article)] == ["Carl Dunn", "Ada Pike"]


def test_a_subject_does_not_reach_back_over_a_full_stop() -> None:
    article = run(
        "Dale Moss has argued for months that “the new board” must set the fares. But he’s"
        " also said he would hear the drivers."
    )
    assert pairs(article) == [("the new board", "Dale Moss")]  # not "the fares. But he’s"


def test_a_cue_closing_the_sentence_after_a_comma() -> None:
    article = run(
        "Mayor Mary Kohl on Friday opened the new harbour bridge to traffic.",
        "The town had “waited far too long” for a safe crossing over the wide river, she said in"
        " a radio address to the council.",
    )
    assert pairs(article)[-1] == ("waited far too long", "Mary Kohl")


def test_a_described_name_after_a_comma_quote() -> None:
    article = run(
        "Dana Holt said the republic had lost its way: “It is no longer itself,” he claimed.",
        "“The republic will always be the republic,” an angry Roux retaliated.",
    )
    assert [s for _, s in pairs(article)] == ["Dana Holt", "Roux"]


def test_a_phrase_of_place_between_the_name_and_the_verb() -> None:
    article = run(
        "Mayor Dan Voss dropped the ferry plan on Thursday, a day before the Harbour Council met:",
        "Voss at the council said he’d asked his clerks to “check on” the repair costs.",
    )
    assert pairs(article) == [("check on", "Dan Voss")]


def test_a_cue_inside_the_next_sentence_is_not_the_quotes() -> None:
    article = run(
        "Dan Tripp, state director of the group, was unsure why the fight had stopped.",
        "“Perhaps the river will forgive us,” Tripp said. “We are planting willows along"
        " it.” North Idaho, he said, was “where the work begins.”",
    )
    assert [(q.speaker, q.cue) for q in article.quotes] == [
        ("Dan Tripp", "said"),
        ("Dan Tripp", None),  # the quote before it goes on; "he said" is the next one's
        ("Dan Tripp", "said"),
    ]


def test_a_name_reporting_a_clause_after_a_full_stop_starts_a_new_sentence() -> None:
    article = run(
        "“The pier is finished,” Sen. Rita Colm told reporters. “Nobody will fish from it"
        " again.” Gov. Hal Petch said he would have saved the pier.",
    )
    assert pairs(article)[-1] == ("Nobody will fish from it again.", "Rita Colm")


def test_a_name_after_a_present_tense_verb_after_the_quote_speaks() -> None:
    article = run(
        "“Nobody rides it twice,” says Dana Rook, 21, a student from Akron.",
        "“The tram is too slow,” agrees Mina Vell, 30, of Toledo.",
    )
    assert [s for _, s in pairs(article)] == ["Dana Rook", "Mina Vell"]


def test_a_sentence_opening_with_its_say_verb_names_the_speaker_after_it() -> None:
    article = run(
        "The harbour bell rang again on Friday after forty silent years.",
        "Said Rosa Perez, a ferry pilot since 1990, “I cried when I heard it.”",
    )
    assert pairs(article) == [("I cried when I heard it.", "Rosa Perez")]


def test_a_name_and_any_past_verb_right_before_the_quote_beat_a_verb_before_them() -> None:
    article = run(
        "Tilda Renn sailed with Ivo Marsh for ten years.",
        "After Mayor Ida Cole mocked Marsh at the dinner, Tilda shot back, “He owes me a boat.”",
        "Ivo Marsh wrote to his 900 Instagram followers, “Back on the water soon.”",
    )
    assert [s for _, s in pairs(article)] == ["Tilda Renn", "Ivo Marsh"]


def test_a_say_word_after_a_and_an_adjective_is_a_noun() -> None:
    article = run(
        "Lena Hart offered a Rourke-style retort on the site he loves best, posting"
        " to him, “you are all talk and no plan.”"
    )
    assert pairs(article) == [("you are all talk and no plan.", "Lena Hart")]


def test_the_agent_of_a_passive_say_verb_asks_the_question_not_the_answer() -> None:
    article = run(
        "Councillor Ben Arlow and his rival, Greta Sande, met on stage on Thursday.",
        "Sande was asked by the moderator, Ilse Moran, about the harbour:",
        "“The harbour stays public.”",
        "Arlow was then asked by the moderator, Ilse Moran, “Will you raise the toll?”",
        "Sande was asked by moderator Jonas Kell, “Will you run again?”",
    )
    assert pairs(article) == [
        ("The harbour stays public.", "Greta Sande"),
        ("Will you raise the toll?", "Ilse Moran"),
        ("Will you run again?", "Jonas Kell"),
    ]


def test_a_writer_of_an_outlet_speaks_not_the_outlet() -> None:
    article = run(
        "“The plan costs too much and helps too few,” Lena Park of the Vell Courier wrote.",
        "Tom Hale of the Coastal Ledger wrote: “Nobody asked the fishermen.”",
    )
    assert [s for _, s in pairs(article)] == ["Lena Park", "Tom Hale"]
