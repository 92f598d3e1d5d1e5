"""Assumptions of the pronoun search relaxed in session 34: a name in the narration is a
person taking part (not when it only qualifies a noun, as an owner does: "the Strand
administration", "The Ferrars campaign")."""

from __future__ import annotations

import pytest
from quote_helpers import pairs, run


@pytest.mark.parametrize(
    ("before", "owner", "said", "speaker"),
    [
        (
            "Governor Lionel Strand promised in January to rebuild the ferry piers. Ewan Corrie"
            " has skippered the Tallow ferry since 1998.",
            "In March the Strand administration sold his boat to a scrap dealer.",
            "“They never once asked me what the pier needed,” he said.",
            "Ewan Corrie",
        ),
        (  # "a" before the name, as "the"
            "Mayor Ada Drummond ordered checks on every coastal light in March. Selma Varga has"
            " kept the lighthouse at Orrin Point since 2004.",
            "In April a Drummond survey found rust in the lamp housing.",
            "“I reported that rust two winters ago,” she said.",
            "Selma Varga",
        ),
    ],
)
def test_a_name_qualifying_a_noun_is_no_antecedent(
    before: str, owner: str, said: str, speaker: str
) -> None:
    assert pairs(run(before, owner, said))[-1][1] == speaker


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


def test_a_person_introduced_with_a_before_a_preposition_or_relative_takes_part() -> None:
    for phrase in ("a Mrs Orla Fenn from the bakery", "the Orla Fenn who bakes the bread"):
        article = run(
            "Bram Tolliver has run the Quayside market since 2011.",
            f"On Saturday {phrase} set up a stall beside the fountain.",
            "“My rent went up by a third this year,” she said.",
        )
        assert pairs(article)[-1] == ("My rent went up by a third this year,", "Orla Fenn")


def test_a_place_and_party_description_after_a_is_still_no_antecedent() -> None:
    article = run(  # "Chester" is a place and a first name: "a Chester Conservative" no one
        "Piers Elswick, a retired surveyor, wants the bypass moved north of the village.",
        "The road would cut the moor in two, said Elswick, a Chester Conservative who founded"
        " a haulage firm after leaving the navy.",
        "“I would lose the top fields and the spring,” he said.",
    )
    assert pairs(article)[-1] == ("I would lose the top fields and the spring,", "Piers Elswick")
