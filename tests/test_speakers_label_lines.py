"""A line that only names someone labels the bare quote under it (vox pops, candidates'
statements), and a writer's question set as a plain paragraph asks the interviewee whose
bare answer follows (``name_lines``, ``interviews``)."""

from __future__ import annotations

from quote_helpers import pairs, run


def test_name_lines_label_the_quotes_under_them() -> None:
    article = run(
        "We asked shoppers on Mercer Row about the new one-way system.",
        "Ottoline Brisk, florist",
        "“Deliveries now take twice as long to reach me.”",
        "Rufus Adeyemi (pensioner)",
        "“I can finally cross the road without a race.”",
    )
    assert pairs(article) == [
        ("Deliveries now take twice as long to reach me.", "Ottoline Brisk"),
        ("I can finally cross the road without a race.", "Rufus Adeyemi"),
    ]


def test_a_name_line_under_a_quote_with_none_over_it_signs_it() -> None:
    quotes = (
        "“The lighthouse should be lit again for the winter.”",
        "“Nobody has sailed past it.”",
    )
    signed = run(quotes[0], "Ottoline Brisk", quotes[1], "Rufus Adeyemi")
    assert [speaker for _, speaker in pairs(signed)] == ["Ottoline Brisk", "Rufus Adeyemi"]
    described = run(quotes[0], "Ottoline Brisk, florist", quotes[1], "Rufus Adeyemi, pensioner")
    assert "Ottoline Brisk" not in [speaker for _, speaker in pairs(described)][1:]


def test_a_plain_question_asks_the_one_interviewed() -> None:
    article = run(
        "Half an hour with Wilhelmina Stroud, who has mended the town's clocks since 1989",
        "Which clock gave you the most trouble?",
        "“The one on the station. Pigeons nest in its works.”",
        "Q. Will anyone take over from you?",
        "“My nephew, if he learns to be patient.”",
    )
    assert [speaker for _, speaker in pairs(article)] == ["Wilhelmina Stroud"] * 2


def test_one_plain_question_in_a_news_story_asks_no_one() -> None:
    article = run(
        "Hedda Lorne has pressed the council for a new sea wall since the floods of 2021.",
        "The council says the money must come from the government.",
        "So who will pay for the wall?",
        "“Each autumn we stack sandbags by the slipway and hope.”",
    )
    assert pairs(article) == [("Each autumn we stack sandbags by the slipway and hope.", None)]


def test_one_plain_question_in_a_stated_interview_asks_the_interviewee() -> None:
    article = run(
        "Hedda Lorne has pressed the council for a new sea wall since 2021. We asked her"
        " about the floods.",
        "So who will pay for the wall?",
        "“Each autumn we stack sandbags by the slipway and hope.”",
    )
    assert [speaker for _, speaker in pairs(article)] == ["Hedda Lorne"]
