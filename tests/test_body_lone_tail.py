"""A lone prompt to the reader past a gap of page furniture under the story (a category
line, older/newer links, a site's badges) is no last paragraph of the body; a last
paragraph past a photo's caption, a list the story leads into, or code, is one (session
30, the body's end)."""

from __future__ import annotations

from conftest import FERRY_BODY, FERRY_HEADLINE, parse_text

HEAD = f"Home\nNews\n{FERRY_HEADLINE}\nBy Ana Ruiz\nMarch 4, 2026\n"
PARAGRAPHS = FERRY_BODY.splitlines()
PROMPT = "Seen something on the water? Tell the newsroom in the form below."
FURNITURE = ["Filed in: Harbour, Ferries", "« Older post   Newer post »", "Built with Quillpress"]
FOOT = ["Contact", "Privacy policy", "© 2026 The Kelpwick Courier"]


def body(page: str) -> list[str]:
    blocks = parse_text(page).article.blocks
    return [b.text for b in blocks if b.kind.value in ("paragraph", "heading")]


def test_a_prompt_past_a_gap_of_furniture_is_no_paragraph() -> None:
    for joiner in ("\n", "\n\n"):
        page = HEAD + joiner.join([*PARAGRAPHS, *FURNITURE, PROMPT, *FOOT]) + "\n"
        got = body(page)
        assert PROMPT not in got, got
        assert got == PARAGRAPHS


def test_a_last_paragraph_past_code_a_caption_a_box_or_a_list_stays() -> None:
    code = ["import tides", "table = tides.load(2026)", "> 12"]
    caption = ["The island pier at dusk.", "Photo: Ivo Brandt/Quay Images", "Enlarge"]
    box = ["Sign up for The Quayside Letter", "Sailings and tides, sent every Friday."]
    box += ["Email address", "Subscribe", "Thanks for signing up!"]
    figures = ["Yes    41%", "No    52%", "Unsure    7%"]  # a poll's, cells apart
    listed = ["The crossings this summer:", "Island pier", "Town pier", "Seal rocks"]
    table = ["Route\tOld\tNew", "Island to pier\tHourly\tTwice an hour", "Pier\tNone\tLate"]
    for gap in (code, caption, box, figures, listed, table):
        page = HEAD + "\n".join([*PARAGRAPHS[:-1], *gap, PARAGRAPHS[-1], *FOOT]) + "\n"
        assert body(page)[-1] == PARAGRAPHS[-1], gap


def test_a_live_blogs_last_entry_past_the_breaks_every_entry_has_stays() -> None:
    """The gap under the last entry is no wider than the story's own breaks (a stamp,
    an entry's title, its buttons): the entry is the story's."""
    entries: list[str] = []
    last = "The pier will stay open until the last boat has left tonight."
    for k, paragraph in enumerate([*PARAGRAPHS, last]):
        entries += [f"{10 + k}:05", "Ferry news", "Share", paragraph]
    page = HEAD + "\n".join([*entries, *FOOT]) + "\n"
    assert body(page)[-1] == last
