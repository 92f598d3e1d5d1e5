"""A role of someone else's written in apposition with a name ("His lawyer, Ann Roe,",
"Ann Roe, her deputy,") is that person's role: "the lawyer said" later stands for her.
A phrase after a possessive whose head is no role ("her voice shaking") gives none."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_a_possessive_role_before_the_name() -> None:
    article = run(
        "The drummer did not come to the hearing in Wexmoor. His lawyer, Ottilie Brandt,"
        " read a short statement to the magistrates.",
        "“My client regrets the noise, not the music,” the lawyer said.",
    )
    assert pairs(article) == [("My client regrets the noise, not the music,", "Ottilie Brandt")]


def test_a_possessive_role_after_the_name() -> None:
    article = run(
        "Mayor Ines Carvalho and Tadeusz Wrona, her deputy, cut the ribbon on the footbridge.",
        "“It took nine years and four engineers,” the deputy said.",
    )
    assert pairs(article) == [("It took nine years and four engineers,", "Tadeusz Wrona")]


def test_a_possessive_phrase_that_is_no_role() -> None:
    article = run(
        "Tadeusz Wrona watched as Ines Carvalho, her voice shaking, cut the ribbon.",
        "“It took nine years and four engineers,” the deputy said.",
    )
    assert pairs(article) == [("It took nine years and four engineers,", None)]


def test_a_possessive_role_in_an_opening_clause_is_no_apposition() -> None:
    """ "After calling his lawyer, Nils Vang walked out": the lawyer is someone else, so
    "the lawyer said" is not Nils Vang (read-through)."""
    for opening in ("After calling his lawyer,", "Flanked by his lawyer,"):
        article = run(
            f"{opening} Nils Vang walked out of the station on Friday evening.",
            "“Nothing has been signed,” the lawyer said.",
        )
        assert pairs(article) == [("Nothing has been signed,", None)], opening


def test_the_relation_with_its_owner_names_whom_it_was_given() -> None:
    """ "her brother said" names the one the article gave that relation with the same
    owner ("Her brother, Anselm Kray,", "Anselm Kray, her brother,"): a writer introduces
    a relative by the relation once and then lets it stand for them (session 36)."""
    for intro in (
        "Her brother, Anselm Kray, flew in from Perth for the hearing.",
        "Anselm Kray, her brother, flew in from Perth for the hearing.",
    ):
        article = run(
            "Climber Odette Kray, 29, was rescued from the north face on Thursday.",
            intro,
            "“She rang me from the ledge and asked for the cricket score,” her brother said.",
        )
        assert pairs(article) == [
            ("She rang me from the ledge and asked for the cricket score,", "Anselm Kray")
        ], intro


def test_a_relation_with_another_owner_names_not_the_one_given_it() -> None:
    """ "his brother said" is not whoever was "her brother"."""
    article = run(
        "Climber Odette Kray, 29, was rescued on Thursday. Her brother, Anselm Kray, flew in.",
        "Guide Pavel Mrozek, 41, was also rescued.",
        "“He knew that face better than anyone,” his brother said.",
    )
    assert pairs(article)[0][1] != "Anselm Kray"


def test_a_relation_never_named_names_no_one() -> None:
    """A relation the article never named ("her aunt") is no one named, not the last
    person introduced."""
    article = run(
        "Climber Odette Kray, 29, was rescued from the north face on Thursday.",
        "Her aunt, who asked not to be named, waited at the foot of the mountain.",
        "“I never want to see that ridge again,” her aunt said.",
    )
    assert pairs(article) == [("I never want to see that ridge again,", None)]
