"""Invented texts the comment-record tests share: an article over the comments, what
four commenters say and their names."""

from __future__ import annotations

from conftest import FERRY_BODY, FERRY_HEADLINE, parse_text

from reader.model import Comment

ARTICLE = f"{FERRY_HEADLINE}\nBy Ana Ruiz\nMarch 4, 2026\n{FERRY_BODY}"
SAID = [
    "The late boat is a good idea for the cafés.",
    "Who pays for the extra crew on the night runs?",
    "The fireworks money, says the board chair.",
    "A late boat on Fridays alone would do for most of us.",
    "The pier lights need mending before any of this.",
]
FOUR = ["Lena Frost", "Ravi Mehta", "Oskar Lind", "Greta Voss"]

PAGE_END = "\nAbout us\nPrivacy policy\nTerms of use\n© 2026 The Kelpwick Courier\n"


def comments_listed(records: list[str], section: str) -> list[Comment]:
    """The comments read from the article, a section's opening line, the records and
    the page's own lines under them."""
    return parse_text(ARTICLE + section + "\n" + "\n".join(records) + PAGE_END).article.comments


def paragraphs(comment: Comment) -> list[str]:
    """What a comment says: its paragraphs' texts."""
    return [b.text for b in comment.blocks if b.kind.value == "paragraph"]
