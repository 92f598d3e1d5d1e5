"""A collapsed quote cut short by a clip mark (session 35, issue 13/14): a forum shows
a quoted comment's first words and "…" or "..." over the reply's own text. A short
line so cut is marked as a quote as "> " marks one: the reply answers the one earlier
comment, by another writer, holding those words whole. Texts invented (comment_texts)."""

from __future__ import annotations

from comment_texts import FOUR, SAID
from comment_texts import comments_listed as _comments

from reader.model import BlockKind

ACTIONS = "Quote · Reply"


def _records(texts: list[str]) -> list[str]:
    return [
        f"{name}\n{k + 2}h ago\n{text}\n{ACTIONS}"
        for k, (name, text) in enumerate(zip(FOUR, texts, strict=True))
    ]


def test_a_short_line_cut_by_a_clip_mark_quotes_the_comment_holding_it() -> None:
    """ "Fair enough.…" and "Fair enough...." over a reply's words: Ravi Mehta's whole
    first line, cut short; both replies answer him, and the cut line is a quote of his."""
    found = _comments(
        _records(
            [
                SAID[0],
                f"Fair enough.\n{SAID[1]}",
                f"Fair enough.…\n{SAID[2]}",
                f"Fair enough....\n{SAID[3]}",
            ]
        ),
        "Comments",
    )
    assert [(c.author, c.parent) for c in found] == [
        ("Lena Frost", None),
        ("Ravi Mehta", None),
        ("Oskar Lind", 2),
        ("Greta Voss", 2),
    ]
    assert [(b.kind, b.source_comment) for b in found[2].blocks if b.text == "Fair enough.…"] == [
        (BlockKind.QUOTE, 2)
    ]


def test_a_line_trailing_off_that_nobody_wrote_answers_nobody() -> None:
    """ "Well…" opening a reply where no earlier comment is only "Well", or where two
    writers' are: the writer's own trailing words, no parent."""
    found = _comments(
        _records(
            [f"Well.\n{SAID[0]}", f"Well.\n{SAID[1]}", f"Well…\n{SAID[2]}", f"So...\n{SAID[3]}"]
        ),
        "Comments",
    )
    assert [c.parent for c in found] == [None] * 4
