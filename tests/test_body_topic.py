"""Where prose stops being the article: a run of prose far under the body, past a
staff list, joins it only if it keeps to the article's topic (body_topic.py)."""

from __future__ import annotations

from conftest import FERRY_BODY, FERRY_HEADLINE, parse_text

from reader.model import BlockKind

HEADER = f"{FERRY_HEADLINE}\nBy Ana Ruiz\nMarch 4, 2026\n"
STAFF = ["Our newsroom", "Editor", "Lena Frost", "Ravi Mehta", "Oskar Lind", "Greta Voss"]
STAFF += ["Tomasz Okafor", "Aiko Brandt", "Reporters", "Bram Quill", "Nadia Sato", "Femi Moreau"]
STAFF += ["Ilse Halloran", "Design", "Jonah Ruiz", "Petra Kowal"]
APPEAL = [
    "Independent reporting costs money to produce, and every reader who gives a little "
    "each month keeps our journalists working for everyone who cannot pay.",
    "We answer to nobody but our readers, we publish every weekday morning and we will "
    "never put our journalism behind a paywall while enough of you support us.",
    "Please consider making a monthly contribution today; it takes a minute and you can "
    "cancel whenever you like.",
]
STORY = (
    "A second run of the story: the late boats will carry cyclists free of charge, "
    "and the ferry crews will sell tickets for the midnight crossing on board."
)


def body_after(tail: list[str]) -> list[str]:
    page = HEADER + FERRY_BODY + "\n".join(tail) + "\n© 2026 Harbour Courier\n"
    article = parse_text(page).article
    return [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]


def test_an_appeal_past_the_staff_list_is_no_part_of_the_body() -> None:
    paragraphs = body_after(STAFF + APPEAL)
    assert paragraphs == FERRY_BODY.splitlines()


def test_the_story_going_on_past_a_long_gap_stays_in_the_body() -> None:
    paragraphs = body_after([*STAFF, STORY, STORY.replace("A second", "A third")])
    assert paragraphs[-1].startswith("A third run of the story")
