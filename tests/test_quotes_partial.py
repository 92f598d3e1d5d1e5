"""Partial quotes framed by a verb of judging or naming, short quotes inside attributed
sentences, and descriptions that stand in for a name."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_judging_verb_gives_its_subject_the_partial_quote() -> None:
    article = run("Mayor Ada Kerr blamed the flooding on “lazy planning” at city hall.")
    assert pairs(article) == [("lazy planning", "Ada Kerr")]


def test_participle_of_a_judging_verb_takes_the_sentence_subject() -> None:
    article = run("Sen. Paul Ferris wrote an op-ed on Friday, hammering the plan as “reckless.”")
    assert pairs(article) == [("reckless.", "Paul Ferris")]


def test_one_word_quote_in_an_attributed_sentence_is_not_a_scare_quote() -> None:
    article = run("Judge Rosa Blum called the defence “absurd” in her ruling.")
    assert [(q.text, q.kind, q.speaker) for q in article.quotes] == [
        ("absurd", "direct", "Rosa Blum")
    ]


def test_title_after_a_preposition_stays_a_title() -> None:
    article = run("Carl Noon said he heard the story on “Late Night Tales” last week.")
    assert article.quotes[0].kind == "scare" and article.quotes[0].speaker is None


def test_a_capitalised_description_is_the_speaker_when_no_name_is_given() -> None:
    article = run("“We will not back down,” said a senior Harbor Party official.")
    assert pairs(article) == [("We will not back down,", "a senior Harbor Party official")]


def test_a_lowercase_description_invents_no_speaker() -> None:
    article = run("“We will not back down,” said a senior official.")
    assert pairs(article) == [("We will not back down,", None)]
