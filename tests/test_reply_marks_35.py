"""Where a reply says whom it answers, beyond its first line's opening words (session
35, issue 13/14): a line under the reply's text that is only "in reply to NAME", in
marks or brackets or not; an arrow between the writer's name and the parent's in the
header. A comment that merely speaks of someone stays a comment of its own. Texts
invented (comment_texts)."""

from __future__ import annotations

from comment_texts import FOUR, SAID, paragraphs
from comment_texts import comments_listed as _comments

ACTIONS = "Like · Reply · 2d"


def _under(lines: list[str | None]) -> list[str]:
    """Four records, each its name, its text, the given line under the text (if any)."""
    return [
        "\n".join(x for x in (name, text, under, ACTIONS) if x)
        for name, text, under in zip(FOUR, SAID, lines, strict=False)
    ]


def test_a_reply_line_under_the_text_names_the_parent() -> None:
    """ "↪ in reply to Lena Frost" and "(replying to Ravi Mehta)" under a reply's text:
    each answers that writer, and the line is no part of what the reply says."""
    found = _comments(
        _under([None, "↪ in reply to Lena Frost", None, "(replying to Ravi Mehta)"]), "Comments"
    )
    assert [(c.author, c.parent) for c in found] == [
        ("Lena Frost", None),
        ("Ravi Mehta", 1),
        ("Oskar Lind", None),
        ("Greta Voss", 2),
    ]
    assert paragraphs(found[1]) == [SAID[1]]


def test_a_last_line_that_only_begins_so_answers_nobody() -> None:
    """A last line opening "Replying to" with more than a name after it is the writer's
    own sentence: no parent, and the line stays text."""
    line = "(replying to Lena Frost: the rota is unfair)"
    found = _comments(_under([None, None, line, None]), "Comments")
    assert [c.parent for c in found] == [None] * 4
    assert paragraphs(found[2]) == [SAID[2], line]


def test_an_arrow_between_two_names_in_the_header() -> None:
    """ "Ravi Mehta ▸ Lena Frost" on two replies' headers: Ravi Mehta wrote it, in answer
    to Lena Frost; an arrow once proves nothing about a name before it."""
    records = [
        f"Lena Frost\n3d\n{SAID[0]}\nLike · Reply",
        f"Ravi Mehta ▸ Lena Frost\n2d\n{SAID[1]}\nLike · Reply",
        f"Oskar Lind\n2d\n{SAID[2]}\nLike · Reply",
        f"Greta Voss ▸ Oskar Lind\n1d\n{SAID[3]}\nLike · Reply",
    ]
    found = _comments(records, "Comments")
    assert [(c.author, c.parent) for c in found] == [
        ("Lena Frost", None),
        ("Ravi Mehta", 1),
        ("Oskar Lind", None),
        ("Greta Voss", 3),
    ]


def _numbered(under: list[str | None]) -> list[str]:
    """Four numbered posts ("#1 Lena Frost · Mar 4, 2026"), the given line over the text."""
    return [
        "\n".join(x for x in (f"#{k} {name} · Mar {k + 2}, 2026", line, text, "Reply") if x)
        for k, (name, text, line) in enumerate(zip(FOUR, SAID, under, strict=False), 1)
    ]


def test_a_short_line_citing_a_post_number_after_words() -> None:
    """ "re: #1" and "(reply to message #2)" over a numbered post's text: it answers that
    post."""
    found = _comments(_numbered([None, "re: #1", None, "(reply to message #2)"]), "4 posts")
    assert [(c.author, c.parent) for c in found] == [
        ("Lena Frost", None),
        ("Ravi Mehta", 1),
        ("Oskar Lind", None),
        ("Greta Voss", 2),
    ]


def test_a_post_number_deep_in_a_sentence_cites_nothing() -> None:
    """A sentence naming a post's number far into it speaks of the post: no parent."""
    line = "The timetable printed in the harbour office window matches #1 exactly."
    found = _comments(_numbered([None, line, None, None]), "4 posts")
    assert [c.parent for c in found] == [None] * 4


def test_a_short_sentence_naming_a_number_cites_nothing() -> None:
    """A short sentence with "#1" in it speaks of a thing so numbered (a stop, a pump),
    not of the first post: only a line saying whom it answers cites."""
    line = "Pump #1 is dry again."
    found = _comments(_numbered([None, None, line, None]), "4 posts")
    assert [c.parent for c in found] == [None] * 4
