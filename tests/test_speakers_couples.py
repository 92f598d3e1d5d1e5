"""Two people sharing a surname, named together ("Odran and Sunniva Vell-Marsh"), are
both recorded with the surname; a later title of sex picks the one it fits, whether or
not the title's other sex is used in the article; "the couple" is no one person."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_mr_is_the_husband_of_a_couple_named_together() -> None:
    article = run(
        "Robert and Helen Quarrie-Dunn have kept bees above Tollan for twenty years.",
        "“The heather honey sells before it is jarred,” Mr Quarrie-Dunn said.",
    )
    assert pairs(article) == [
        ("The heather honey sells before it is jarred,", "Robert Quarrie-Dunn")
    ]


def test_mrs_is_the_wife_when_his_name_comes_second() -> None:
    article = run(
        "Margaret and Thomas Ellery sold the orchard at Brackwater in the spring.",
        "“We kept the oldest pear tree for ourselves,” Mrs Ellery said.",
        "“And it has not fruited since,” Mr Ellery said.",
    )
    assert pairs(article) == [
        ("We kept the oldest pear tree for ourselves,", "Margaret Ellery"),
        ("And it has not fruited since,", "Thomas Ellery"),
    ]


def test_the_couple_is_no_one_person() -> None:
    article = run(
        "Robert and Helen Quarrie-Dunn have kept bees above Tollan for twenty years.",
        "“The hives come first, then the house,” the couple said.",
    )
    assert pairs(article) == [("The hives come first, then the house,", None)]
