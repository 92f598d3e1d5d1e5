"""A sign-up box and an advertisement's "continues below" line inside the body: site
furniture, not the article's paragraphs (session 29's messy copies)."""

from __future__ import annotations

from conftest import FERRY_BODY, parse_text

HEAD = "Home\nNews\nSport\nHarbour board approves night ferries\nBy Ana Ruiz\nMarch 4, 2026\n"
FIRST, SECOND, *REST = FERRY_BODY.splitlines()
BOX = [
    "Sign up for The Quayside Letter",
    "Tide tables, sailings and the week's harbour gossip. Sent every Friday.",
    "Email address",
    "Subscribe",
    "Thanks for signing up!",
]


def kinds(page: str) -> dict[str, str]:
    return {b.text: b.kind.value for b in parse_text(page).article.blocks}


def test_a_sign_up_box_inside_the_body_is_furniture() -> None:
    for joiner, label in (("\n", []), ("\n\n", []), ("\n", ["Newsletters"])):
        box = [*label, *BOX]  # (under a label of its own, a short line)
        page = HEAD + joiner.join([FIRST, SECOND, *box, *REST]) + "\n"
        got = kinds(page)
        assert all(got[line] == "boilerplate" for line in box), got
        assert all(got[line] == "paragraph" for line in FERRY_BODY.splitlines())


def test_a_paragraph_that_mentions_signing_up_stays_a_paragraph() -> None:
    said = "Residents can sign up for the ferry pass at the harbour office."
    page = HEAD + "\n".join([FIRST, said, SECOND, "Advertisement", *REST]) + "\n"
    assert kinds(page)[said] == "paragraph"


def test_a_subhead_that_invites_over_short_paragraphs_is_no_box() -> None:
    """A box needs its form: a subhead with a word that invites, over two short
    paragraphs and an advertisement's line, is the article's (read-through)."""
    head, *short = ["Why the subscription pass failed", "The pass sold badly.", "Few bought it."]
    page = HEAD + "\n".join([FIRST, SECOND, head, *short, "Advertisement", *REST]) + "\n"
    got = kinds(page)
    assert [got[line] for line in short] == ["paragraph", "paragraph"], got


def test_an_advertisements_continues_below_line_is_furniture() -> None:
    for line in ("Story continues below advertisement", "Article continues after this ad"):
        page = HEAD + "\n".join([FIRST, line, SECOND, *REST]) + "\n"
        assert kinds(page)[line] == "boilerplate", line


LONG = [
    f"Paragraph {k} tells how the crews of the night ferry met on the quay at dusk, and what "
    "the board members said about the cost of the late boats this summer."
    for k in range(8)
]


def body_after(middle: list[str]) -> list[str]:
    page = HEAD + "\n".join([*LONG[:4], *middle, *LONG[4:]]) + "\n"
    return [b.text for b in parse_text(page).article.blocks if b.kind.value == "paragraph"]


def test_a_sign_up_box_of_three_form_lines_does_not_end_the_body() -> None:
    assert body_after(["Sign up for Harbour Post daily", "Email address", "Sign up"]) == LONG
    assert body_after(["Share", "Tweet", "Email"]) == LONG[:4]  # a share row under the story
