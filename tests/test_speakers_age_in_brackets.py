"""An age in brackets after a name ("X (52) of Marsh Road") makes that person "the
52-year-old", as "X, 52," does; the road after the age is no one."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_an_age_in_brackets_is_the_person_not_the_road_after_it() -> None:
    article = run(
        "Ilinca Porteous (52) of Marsh Road was fined for leaving her rubbish on the verge.",
        "“The tip was shut for a fortnight,” the 52-year-old told the court.",
    )
    assert pairs(article) == [("The tip was shut for a fortnight,", "Ilinca Porteous")]
