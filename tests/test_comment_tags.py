"""A reply whose text opens with another commenter's name, tagged without an "@"
(comment_tags): the reply answers that commenter, where a capital, a comma or a colon
follows the name and two replies or more of the page open so; a name followed by a word
in lower case is the sentence's subject. Fails without comment_tags. Texts invented."""

from __future__ import annotations

from comment_texts import FOUR, SAID
from comment_texts import comments_listed as _comments

ACTIONS = "Like · Reply · 2d"


def _records(texts: list[str]) -> list[str]:
    names = [*FOUR, "Ines Quarry"]
    return [f"{name}\n{text}\n{ACTIONS}" for name, text in zip(names, texts, strict=True)]


def test_replies_opening_with_a_name_above_answer_it() -> None:
    """Two replies open with a writer's name above them, then a capital or a comma: each
    answers that writer; the comments around them answer nobody."""
    texts = [
        SAID[0],
        f"Lena Frost {SAID[1]}",
        SAID[2],
        f"Oskar Lind, {SAID[3].lower()}",
        SAID[4],
    ]
    found = _comments(_records(texts), "5 comments")
    assert [(c.author, c.parent) for c in found] == [
        ("Lena Frost", None),
        ("Ravi Mehta", 1),
        ("Oskar Lind", None),
        ("Greta Voss", 3),
        ("Ines Quarry", None),
    ]


def test_a_name_as_the_sentences_subject_is_no_tag() -> None:
    """A name then a word in lower case ("Lena Frost is right…") speaks of her: nobody
    is answered."""
    texts = [
        SAID[0],
        "Lena Frost is right about the cafés, they close at six.",
        SAID[2],
        "Oskar Lind has the right of it on the fireworks.",
        SAID[4],
    ]
    found = _comments(_records(texts), "5 comments")
    assert [c.parent for c in found] == [None] * 5


def test_one_reply_opening_with_a_name_proves_nothing() -> None:
    """A page tagging once: the comment stands alone."""
    texts = [SAID[0], f"Lena Frost {SAID[1]}", SAID[2], SAID[3], SAID[4]]
    found = _comments(_records(texts), "5 comments")
    assert [c.parent for c in found] == [None] * 5
