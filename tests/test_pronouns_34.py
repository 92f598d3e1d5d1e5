"""Assumptions of the pronoun search relaxed in session 34: a name in the narration is a
person taking part (not when it only qualifies a noun, as an owner does: "the Strand
administration", "The Ferrars campaign")."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_name_qualifying_a_noun_is_no_antecedent() -> None:
    article = run(
        "Governor Lionel Strand promised in January to rebuild the ferry piers. Ewan Corrie"
        " has skippered the Tallow ferry since 1998.",
        "In March the Strand administration sold his boat to a scrap dealer.",
        "“They never once asked me what the pier needed,” he said.",
    )
    assert pairs(article)[-1] == ("They never once asked me what the pier needed,", "Ewan Corrie")


def test_a_name_qualifying_a_noun_opening_its_sentence_is_no_antecedent() -> None:
    article = run(
        "Councillor Hugo Ferrars won the Dunmere seat in May. Piotr Lasko has delivered leaflets"
        " in the ward for twenty years.",
        "The Ferrars campaign paid a printer in Leeds to deliver them this spring.",
        "“Nobody asked the people who actually walk these streets,” he said.",
    )
    assert pairs(article)[-1] == (
        "Nobody asked the people who actually walk these streets,",
        "Piotr Lasko",
    )


def test_a_family_heading_its_clause_still_speaks_as_they() -> None:
    article = run(
        "The Ashworths have farmed above Kell Water for five generations.",
        "“We will not sell to the reservoir board,” they said.",
    )
    assert pairs(article)[-1] == ("We will not sell to the reservoir board,", "Ashworths")
