"""A heading over the readers' comments under the body ends it: the prompts and the
site's pitch under that heading are no part of the article."""

from __future__ import annotations

from conftest import parse_text

HEAD = "Home\nNews\nHarbour board approves night ferries\nBy Ana Ruiz\nMarch 4, 2026\n"
BODY = [
    f"Paragraph {k} tells how the crews of the night ferry met on the quay at dusk, and what "
    "the board members said about the cost of the late boats this summer."
    for k in range(6)
]
UNDER = [
    "Continue the discussion",
    "The Quayside Letter gathers the week's best stories by the people who work the harbour.",
]


def paragraphs(page: str) -> list[str]:
    return [b.text for b in parse_text(page).article.blocks if b.kind.value == "paragraph"]


def test_prompts_under_a_comments_heading_are_not_the_body() -> None:
    for heading in ("Comments", "12 Comments", "Join the conversation"):
        page = HEAD + "\n".join([*BODY, heading, *UNDER, "About us", "Contact"]) + "\n"
        assert paragraphs(page) == BODY, heading


def test_a_subhead_of_reactions_near_the_end_stays_the_articles() -> None:
    """ "Responses" or "Discussion" over the article's last paragraphs is its own subhead,
    not a heading of the readers' comments (read-through)."""
    last = BODY[-2:]
    for heading in ("Responses", "Discussion"):
        page = HEAD + "\n".join([*BODY[:-2], heading, *last]) + "\n"
        assert paragraphs(page)[-2:] == last, heading
