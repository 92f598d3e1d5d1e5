"""Finding quote spans: marks, split quotes, paragraphs that continue a quote, partial
quotes, headline single quotes, scare quotes and titles."""

from __future__ import annotations

from quote_helpers import direct, pairs, run


def test_curly_quote_offsets_exclude_the_marks() -> None:
    article = run("“The bridge will open in May,” Dana Ortiz said.")
    (quote,) = article.quotes
    block = article.blocks[0]
    assert block.text[quote.start : quote.end] == quote.text == "The bridge will open in May,"
    assert quote.id == "q1" and quote.block == "b0" and quote.cue == "said"


def test_straight_quotes() -> None:
    article = run('"We have no money left for the pool," Ravi Menon said on Monday.')
    assert pairs(article) == [("We have no money left for the pool,", "Ravi Menon")]


def test_quote_split_by_its_attribution_is_two_spans_one_speaker() -> None:
    article = run("“Taxes are too high,” Gloria Pike said. “And the roads are worse.”")
    assert pairs(article) == [
        ("Taxes are too high,", "Gloria Pike"),
        ("And the roads are worse.", "Gloria Pike"),
    ]


def test_unclosed_quote_continues_in_next_paragraph() -> None:
    article = run(
        "“We lost the first vote,” Tom Becker said. “We will not lose the second.",
        "“That is a promise to every family on this street.”",
    )
    assert [q.speaker for q in direct(article)] == ["Tom Becker"] * 3
    assert direct(article)[1].text == "We will not lose the second."


def test_partial_quote_inside_a_sentence() -> None:
    article = run("Mayor Lena Frost said she would not “reward bad behaviour.”")
    assert pairs(article) == [("reward bad behaviour.", "Lena Frost")]


def test_unclosed_quote_at_end_of_article() -> None:
    article = run("“This fight is not over,” said Omar Haddad. “We will be back next year")
    assert pairs(article)[-1] == ("We will be back next year", "Omar Haddad")


def test_single_quotes_in_headline_link_to_the_body_quote() -> None:
    article = run(
        "“The plan will cost three times what they promised,” said Ingrid Sorensen,"
        " a budget analyst at the city council.",
        title="Analyst says plan will cost ‘3 times what they promised’",
    )
    head = article.quotes[0]
    assert head.block == "t" and head.text == "3 times what they promised"
    assert head.speaker == "Ingrid Sorensen" and head.repeats == "q2"


def test_apostrophes_in_headlines_are_not_quotes() -> None:
    article = run(
        "Nothing quoted here.", title="Mayor’s plan fails: ‘We tried’ says council’s chief"
    )
    assert [q.text for q in article.quotes] == ["We tried"]


def test_scare_quotes_and_titles_have_no_speaker() -> None:
    article = run(
        "The region, which Moscow regards as its “near abroad,” is restless.",
        "She appeared on “Morning Coffee Hour” last week.",
    )
    assert [(q.text, q.kind, q.speaker) for q in article.quotes] == [
        ("near abroad,", "scare", None),
        ("Morning Coffee Hour", "scare", None),
    ]
    assert article.speakers == []


def test_markup_attributes_are_not_quotes() -> None:
    article = run('<tweet id="12" author="@someone">Great day</tweet>.')
    assert article.quotes == []


def test_a_title_named_as_a_work_is_no_quote_even_beside_a_say_verb() -> None:
    article = run(
        "Speaking Sunday on KRVX’s “Morning Table,” Vela admitted the plan had failed.",
        "The “Harbour Lights” star Ana Diaz said little. He wore a “Save Our Wells” hat.",
        "“Save our wells,” Vela said to the crowd.",
    )
    assert [(q.text, q.kind) for q in article.quotes] == [
        ("Morning Table,", "scare"),
        ("Harbour Lights", "scare"),
        ("Save Our Wells", "scare"),
        ("Save our wells,", "direct"),
    ]


def test_a_short_quote_a_say_verb_frames_is_speech_whoever_says_it() -> None:
    article = run(
        "Fans waved flags at the rally. The crowd chanted “four more years” as the band played.",
        "Few of the town’s officials were there; the protesters outside called Dale “a fraud.”",
    )
    assert [(q.text, q.kind) for q in article.quotes] == [
        ("four more years", "direct"),
        ("a fraud.", "direct"),
    ]


def test_a_say_verb_of_a_he_that_stands_for_no_one_makes_no_speech() -> None:
    article = run(
        "Back from a talk where he cautioned that the mill could close, Mayor Ada Vale"
        " will tour the valley that planners describe as “the front line” of the dispute."
    )
    assert [(q.text, q.kind) for q in article.quotes] == [("the front line", "scare")]
