"""A document speaks for whoever the text says published it ("a survey … by the Guild
of Tanners"); a document no one is named for speaks for itself."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_the_survey_found_speaks_for_who_ran_it() -> None:
    article = run(
        "A survey of 400 boatyards by the Guild of Estuary Shipwrights found that most"
        " could not hire an apprentice last year.",
        "“Half of our members now work past seventy,” the survey found.",
    )
    assert pairs(article)[-1] == (
        "Half of our members now work past seventy,",
        "Guild of Estuary Shipwrights",
    )


def test_an_audit_no_one_is_named_for_speaks_for_itself() -> None:
    article = run(
        "An audit of the Pellow ring road, released on Monday, found cracks in four bridges.",
        "“Inspections were skipped for three winters running,” the audit found.",
    )
    assert pairs(article)[-1] == (
        "Inspections were skipped for three winters running,",
        "the audit",
    )
