"""Invented texts the comment-record tests share: an article over the comments, what
four commenters say and their names."""

from __future__ import annotations

from conftest import FERRY_BODY, FERRY_HEADLINE

ARTICLE = f"{FERRY_HEADLINE}\nBy Ana Ruiz\nMarch 4, 2026\n{FERRY_BODY}"
SAID = [
    "The late boat is a good idea for the cafés.",
    "Who pays for the extra crew on the night runs?",
    "The fireworks money, says the board chair.",
    "A late boat on Fridays alone would do for most of us.",
    "The pier lights need mending before any of this.",
]
FOUR = ["Lena Frost", "Ravi Mehta", "Oskar Lind", "Greta Voss"]
