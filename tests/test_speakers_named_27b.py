"""A short quote inside the speaker's appositive does not hide the cue after it, and a
title-cased quote a band played or a cast staged is a work, not anyone's words."""

from __future__ import annotations

from quote_helpers import run


def test_a_badge_quoted_inside_the_appositive_leaves_the_cue_after_it() -> None:
    article = run(
        "“The count took all night,” poll worker Gerda Lunt, wearing a scarf and “Vote"
        " Early” buttons, said on Wednesday.",
    )
    found = [(q.text, q.speaker, q.kind) for q in article.quotes]
    assert found[0] == ("The count took all night,", "Gerda Lunt", "direct")


def test_a_title_the_band_played_is_no_quote() -> None:
    article = run("Ilka Moor's quartet played “Winter Orchards” at the town hall on Friday.")
    assert [(q.text, q.kind) for q in article.quotes] == [("Winter Orchards", "scare")]
