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
