"""A quote running on over paragraphs is its last paragraph's cue's, even when the
narration before its first paragraph has a subject that could have spoken it: the open
mark is the writer's word that the paragraphs are one quote (session 36, set 36n)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_the_runs_cue_outranks_the_narration_before_it() -> None:
    article = run(
        "Snowmelt swelled the Brennock river for a second week.",
        "“The embankment was built for a smaller river. We have asked for it to be raised"
        " since the last flood.",
        "“The answer is always next year,” said farmer Hollis Vantongeren.",
    )
    assert [speaker for _, speaker in pairs(article)] == ["Hollis Vantongeren"] * 2


def test_a_quote_paragraph_with_its_own_cue_keeps_its_speaker() -> None:
    """A paragraph whose own words name its speaker keeps it (a quoted letter or article
    runs on around the quotes inside it)."""
    article = run(
        "“The embankment was built for a smaller river,” Ada Quill said. “We asked for more.",
        "“The answer is always next year,” said farmer Hollis Vantongeren.",
    )
    # the run's open paragraph ("We asked for more.") as well as the closed quote before it
    assert [speaker for _, speaker in pairs(article)[:2]] == ["Ada Quill"] * 2


def test_a_quote_inside_a_pasted_stretch_is_no_continuation() -> None:
    """A stretch pasted in straight marks holds a curly quote with its own cue: that
    quote is no continuation of the stretch, whose speaker stays as read."""
    article = run(
        "Read the council's notice below:",
        '"The Brennock embankment will be raised next spring, the council said on Friday,'
        " after a winter of floods.",
        "“The answer is always next year,” said farmer Hollis Vantongeren.",
    )
    assert pairs(article)[0][1] != "Hollis Vantongeren"


def test_an_open_paragraph_cued_in_its_own_words_keeps_its_speaker() -> None:
    """ "Ada Quill said: “…" left open: its speaker is its own cue's, not one read from a
    paragraph before, so the next paragraph's cue does not take it over."""
    article = run(
        "Snowmelt swelled the Brennock river for a second week.",
        "Ada Quill said: “The embankment was built for a smaller river.",
        "“The answer is always next year,” said farmer Hollis Vantongeren.",
    )
    assert [speaker for _, speaker in pairs(article)] == ["Ada Quill", "Hollis Vantongeren"]
