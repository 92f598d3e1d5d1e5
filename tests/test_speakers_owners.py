"""Words owned by a name: a quote inside someone's claim, promise or words is theirs
("Hale’s claim that the ferry “loses money”"), and a role after an inverted say-verb
names the person after it ("said the port’s director, Tom Brandt"); a quote in an opening
participle clause is the main clause subject's ("Citing the “risk,” Hale said")."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_quote_in_a_named_persons_claim_is_theirs() -> None:
    article = run(
        "The vote came after weeks of anger over Ada Hale’s claim that the ferry"
        " “loses money every single day.”",
        "Trust in the board was shaken by Tom Brandt’s conclusion that the repairs were"
        " “badly planned from the start.”",
        "The dock is old but, in Ada Hale’s words, “the finest working pier on the coast.”",
        "It is the lasting pull of Ada Hale’s “every ferry on time” promise that keeps the"
        " board together.",
    )
    assert [s for _, s in pairs(article)] == ["Ada Hale", "Tom Brandt", "Ada Hale", "Ada Hale"]


def test_a_quote_that_judges_or_reports_someones_words_is_not_theirs() -> None:
    article = run(
        "Mayor Ines Ruiz spoke first on Monday.",
        "Tom Brandt said that Ines Ruiz’s remarks were “a disgrace to the harbour.”",
        "Council chair Ada Hale called Ruiz’s claim “plainly wrong” before the vote.",
        "Ada Hale said Ruiz’s claim that the ferry ran late was “pure fiction.”",
    )
    assert [s for _, s in pairs(article)] == ["Tom Brandt", "Ada Hale", "Ada Hale"]


def test_a_role_after_an_inverted_verb_names_the_person_after_it() -> None:
    article = run(
        "The divers searched the hull and did not find “damage of any weight,” aside from"
        " a few dents, said the port’s director, Tom Brandt, on Monday.",
    )
    assert pairs(article) == [("damage of any weight,", "Tom Brandt")]


def test_a_quote_in_an_opening_participle_clause_is_the_main_subjects() -> None:
    article = run(
        "Acknowledging that the plan “costs a great deal,” though, Brandt did suggest"
        " that it would pass.",
        "After spending a week arguing over whether the other was “fit” to lead, Ada Hale"
        " on Monday went after Brandt.",
        "Speaking to “Harbour Morning Hour” Monday, Hale held back from attacking the board.",
    )
    assert pairs(article) == [("costs a great deal,", "Brandt"), ("fit", "Ada Hale")]
