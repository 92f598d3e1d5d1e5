"""What breaks into an article's body and is none of it: a reader poll, "Story continues
below" lines; and a labelled list of points over the body, told as its standfirst."""

from __future__ import annotations

from conftest import FERRY_BODY, parse_text

HEAD = "Home\nNews\nSport\nHarbour board approves night ferries\nBy Ana Ruiz\nMarch 4, 2026\n"
FIRST, SECOND, *REST = FERRY_BODY.splitlines()


def kinds(page: str) -> dict[str, str]:
    return {b.text: b.kind.value for b in parse_text(page).article.blocks}


def test_a_poll_inside_the_body_is_furniture() -> None:
    poll = "Should the ferries run all year?\nYes\nNo\nNot sure yet\nVote\n214 votes\n"
    page = HEAD + FIRST + "\n" + SECOND + "\nPoll\n" + poll + "\n".join(REST) + "\n"
    got = kinds(page)
    for line in poll.splitlines():
        assert got[line] == "boilerplate", line
    assert all(got[line] == "paragraph" for line in FERRY_BODY.splitlines())


def test_a_question_in_the_body_over_a_short_list_is_no_poll() -> None:
    question = "Who will crew the late boats?\nTwo skippers\nFour deckhands\n"
    page = HEAD + FIRST + "\n" + question + "\n".join([SECOND, *REST]) + "\n"
    assert kinds(page)["Who will crew the late boats?"] != "boilerplate"


def test_story_continues_below_is_furniture() -> None:
    page = HEAD + FIRST + "\nStory continues below\n" + "\n".join([SECOND, *REST]) + "\n"
    assert kinds(page)["Story continues below"] == "boilerplate"


def test_key_points_over_the_body_are_its_standfirst() -> None:
    points = ["The late boats run from June.", "The crews agreed to extra shifts."]
    points.append("The fireworks are cancelled to pay for it.")
    page = HEAD + "Key points\n" + "\n".join(points) + "\n" + FERRY_BODY
    got = kinds(page)
    assert [got[p] for p in points] == ["subtitle"] * 3
    assert all(got[line] == "paragraph" for line in FERRY_BODY.splitlines())


def test_short_sentences_under_the_date_are_no_list_of_points() -> None:
    lines = ["The vote was close.", "It took an hour.", "Nobody left early."]
    page = HEAD + "\n".join(lines) + "\n" + FERRY_BODY  # the date is no label
    assert "subtitle" not in [kinds(page)[line] for line in lines]


def test_an_about_heading_under_the_body_opens_the_page_s_tail() -> None:
    about = "About Ana Ruiz\nAna covers the harbour and its boats for the Courier.\n"
    article = parse_text(HEAD + FERRY_BODY + about).article
    body = [b.text for b in article.body()]
    assert body == FERRY_BODY.splitlines()
    assert article.authors == ["Ana Ruiz"]


def test_a_subhead_named_about_over_the_story_s_paragraphs_stays_in_it() -> None:
    after = [
        "The crews turned the plan down twice before the board raised the night rate.",
        "Their union said the new rota gave every deckhand two free weekends a month.",
        "Passengers on the last boat will get a hot drink on the house, the chair said.",
        "The board will look at the figures again at the end of the first summer.",
    ]
    page = HEAD + FERRY_BODY + "About Face on the Quay\n" + "\n".join(after) + "\n"
    assert [b.text for b in parse_text(page).article.body()][-4:] == after


def test_a_reading_time_and_a_listen_line_are_furniture() -> None:
    page = "Home\nNews\nListen to this article 4 min\nHarbour board approves night ferries\n"
    page += "By Ana Ruiz\nMarch 4, 2026\nReading time: 4 minutes\n" + FERRY_BODY
    got = kinds(page)
    assert got["Reading time: 4 minutes"] == got["Listen to this article 4 min"] == "boilerplate"


def test_a_heading_of_other_stories_under_the_body_opens_the_page_s_tail() -> None:
    related = "You may also like...\nWill the night ferries pay for themselves?\n"
    related += "Island cafés count the summer's takings\n"
    body = [b.text for b in parse_text(HEAD + FERRY_BODY + related).article.body()]
    assert body == FERRY_BODY.splitlines()


def test_a_subhead_worded_like_a_stories_heading_over_paragraphs_stays_in_the_body() -> None:
    subhead = "Popular on the island"
    after = (
        "Cafés on the quay expect to stay open later through the summer, and two of them have"
        " already hired more staff for the evenings, the owners said on Tuesday after the vote"
        " at the harbour board."
    )
    body = [b.text for b in parse_text(HEAD + FERRY_BODY + subhead + "\n" + after).article.body()]
    assert body[-1] == after
