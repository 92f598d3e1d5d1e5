"""Mends of session 34's comment-list rules (the reviewer's findings).

- A line of marks and no word ("★ ★ ★ ★ ★") is no action line: discounting the marks
  between words needs words (comment_line_kinds.may_act).
- A count beside every writer's name is cut only where the names stay apart without it:
  "Guest 4521" and "Guest 88" are two writers (comment_slot_marks.py).

Each test fails without its part. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE, PAGE_END, SAID
from comment_texts import paragraphs as _said
from conftest import FERRY_BODY, parse_text

NAMES = ["Lena Frost", "Ravi Mehta", "Oskar Lind", "Greta Voss", "Tam Okoro"]
STARS = ["★ ★ ★ ★ ★", "★ ★ ★ ★ ☆", "★ ★ ★ ★ ★", "★ ★ ★ ☆ ☆", "★ ★ ★ ★ ☆"]


def test_spaced_stars_are_no_action_line() -> None:
    """A review page of spaced star ratings keeps its article's body, and shows five
    reviews, each with its writer and its words alone."""
    records = [
        f"{name}\n{stars}\nMarch {day}, 2026\n{said}\nHelpful"
        for day, (name, stars, said) in enumerate(zip(NAMES, STARS, SAID, strict=True), 4)
    ]
    article = parse_text(ARTICLE + "5 reviews\n" + "\n".join(records) + PAGE_END).article
    body = [b.text for b in article.blocks if b.kind.value == "paragraph"]
    assert body == FERRY_BODY.strip().splitlines()
    assert [(c.author, _said(c)) for c in article.comments] == [
        (name, [said]) for name, said in zip(NAMES, SAID, strict=True)
    ]


GUESTS = ["Guest 3170", "Guest 52", "Guest 809", "Guest 41", "Guest 2266"]
HOURS = ["5 hours ago", "4 hours ago", "3 hours ago", "2 hours ago", "1 hour ago"]


def test_guests_keep_their_numbers() -> None:
    """Guests told apart by their numbers alone stay five writers, and the guest who
    quotes another answers that guest (a parent of the same name was skipped)."""
    said = [*SAID[:2], f"“{SAID[1]}” {SAID[2]}", *SAID[3:]]
    records = [
        f"{guest} {age}\n{words}\nReply"
        for guest, age, words in zip(GUESTS, HOURS, said, strict=True)
    ]
    found = parse_text(ARTICLE + "5 comments\n" + "\n".join(records) + PAGE_END).article.comments
    assert [c.author for c in found] == GUESTS
    assert found[2].parent == 2
