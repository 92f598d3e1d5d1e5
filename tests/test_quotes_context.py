"""Attributions outside the quote's sentence, and cues with any verb after a quote."""

from __future__ import annotations

from quote_helpers import pairs, run

from reader.analysis.quotes import attribute
from reader.model import Article, Block, BlockKind


def test_any_verb_after_a_comma_quote() -> None:
    article = run("“They never read the bill,” Vera Holm fumed on Tuesday.")
    assert pairs(article) == [("They never read the bill,", "Vera Holm")]


def test_irregular_verbs_after_a_comma_quote() -> None:
    article = run(
        "“Rates are up,” said Ines Ortega.",
        "“Sit down, please,” Vera Holm shot back.",
        "“Well, boats do sink, don’t they?” Abel Stroud went on.",
    )
    assert [s for _, s in pairs(article)] == ["Ines Ortega", "Vera Holm", "Abel Stroud"]


def test_a_cue_after_the_last_quote_of_a_sentence_is_every_quotes() -> None:
    article = run(
        "Guns are “a plague on our streets” and “a stain on the nation,” Dora Vale, the"
        " former mayor, proclaimed on Tuesday."
    )
    assert [s for _, s in pairs(article)] == ["Dora Vale", "Dora Vale"]


def test_paragraph_ending_in_a_colon_hands_over_its_speaker() -> None:
    article = run(
        "“Rates are up,” said Ines Ortega.",
        "Councilman Abel Stroud wrote:",
        "“The town cannot carry this debt for another decade.”",
    )
    assert pairs(article)[-1][1] == "Abel Stroud"


def test_a_name_in_an_opening_clause_is_not_the_subject() -> None:
    article = run(
        "When Lena Moss retired in 2001, Mayor Tom Hale released the following statement:",
        "“She served this town for forty years and never missed a meeting.”",
    )
    assert pairs(article)[-1][1] == "Tom Hale"


def test_a_subhead_ending_in_a_colon_leads_into_the_quote() -> None:
    blocks = [
        Block("b0", BlockKind.PARAGRAPH, "The station aired the report live that night."),
        Block("b1", BlockKind.HEADING, "Reporter Ana Ruiz says:"),
        Block("b2", BlockKind.PARAGRAPH, "“Well, the crowd is growing and the police are here.”"),
    ]
    article = Article(title=None, blocks=blocks)
    attribute(article)
    assert pairs(article) == [("Well, the crowd is growing and the police are here.", "Ana Ruiz")]


def test_quote_opening_a_sentence_takes_the_subject_before_it() -> None:
    article = run(
        "“We are ready,” said Hal Benning.",
        "Professor Nadia Elkin agreed. “The test scores speak for themselves.”",
    )
    assert pairs(article)[-1] == ("The test scores speak for themselves.", "Nadia Elkin")


def test_a_quote_after_reported_speech_is_the_reporters() -> None:
    article = run("Tom Hart watched as Ann Cole said the count was rigged. “We start again.”")
    assert pairs(article) == [("We start again.", "Ann Cole")]


def test_reported_speech_before_a_quote_hands_over_its_reporter() -> None:
    article = run(
        "The Ledger reported that night that Mayor Ilse Berg says the plan was drafted in haste.",
        "“Nobody outside the room saw the draft until Friday.”",
    )
    assert pairs(article)[-1][1] == "Ledger"


def test_a_quote_in_a_sentence_about_someone_is_theirs() -> None:
    article = run(
        "Gov. Lena Marsh also bemoaned a climate in which voters “truly despise each other.”"
    )
    assert pairs(article) == [("truly despise each other.", "Lena Marsh")]


def test_a_sentence_about_someone_with_an_auxiliary_or_an_opening_clause() -> None:
    article = run("Ann Cole could not stomach the “cheap trick.”")
    assert pairs(article) == [("cheap trick.", "Ann Cole")]
    article = run("When the vote came, Ann Cole walked out over the “farce.”")
    assert pairs(article) == [("farce.", "Ann Cole")]  # "When" opens a clause before hers


def test_a_name_inside_a_relative_clause_does_not_speak() -> None:
    article = run("The port, which Lisbon regards as its “front door,” is busy.")
    assert article.quotes[0].speaker is None


def test_signature_lines_with_any_dash_or_none() -> None:
    quote = "“The mill must stay open until every worker has a new post.”"
    for signed in (
        [quote, "― Ben Lowry, former chair of the party"],
        [quote + " ― Ben Lowry"],
        [quote, "Former party chair Ben Lowry."],
    ):
        assert [s for _, s in pairs(run(*signed))] == ["Ben Lowry"], signed


def test_a_paragraph_after_a_quote_that_goes_on_is_no_signature() -> None:
    article = run("“We need more time to read all of the plans.”", "Parents met Ben Lowry.")
    assert [q.speaker for q in article.quotes] == [None]


def test_a_signature_line_may_give_the_signers_organisation() -> None:
    article = run(
        "“A vote on the trade pact this year must not happen.”",
        "Charles Cole, Democracy for America.",
    )
    assert [s for _, s in pairs(article)] == ["Charles Cole"]


def test_quotes_inside_a_pasted_excerpt_are_the_excerpts() -> None:
    article = run(
        "From Jo Marsh writing at the Ledger:",
        '"A radio segment tonight on the mayor’s remarks turned into a shouting match.',
        '"Pastor Dale Kerr defended the “look at my friend over here” line as a “term of'
        " endearment” and said, “He meant it kindly.”",
        "Read the whole story at the Ledger.",
    )
    assert [q.speaker for q in article.quotes] == ["Jo Marsh", "Jo Marsh"]


def test_a_line_read_as_a_subhead_that_quotes_someone_is_read_for_its_quote() -> None:
    lines = [
        (BlockKind.PARAGRAPH, "Ed Marr told Chris Vale of the Daily News, “We have a problem.”"),
        (BlockKind.HEADING, "Vale then asked, “By Friday?”"),
        (BlockKind.PARAGRAPH, "“By Friday, yes, or sooner,” Marr answered."),
    ]
    blocks = [Block(f"b{i}", kind, text) for i, (kind, text) in enumerate(lines)]
    article = Article(title=None, blocks=blocks)
    attribute(article)
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("We have a problem.", "Ed Marr"),
        ("By Friday?", "Chris Vale"),
        ("By Friday, yes, or sooner,", "Ed Marr"),
    ]
