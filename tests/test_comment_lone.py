"""A page with one comment: the record right under the comment section's header, whose
header says it heads a comment ("Name says:" over its date, "Name on DATE said:"), is
a comment, though no second record shows the list's shape. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE, SAID
from conftest import parse_text

from reader.ingest.comment_sections import is_section_header
from reader.model import Comment


def _comments(tail: str) -> list[Comment]:
    return parse_text(ARTICLE + tail).article.comments


def _said(comment: Comment) -> list[str]:
    return [b.text for b in comment.blocks if b.kind.value == "paragraph"]


def test_one_comment_signed_on_date_said_under_the_section_header() -> None:
    comments = _comments(
        f"Comments\nLena Frost on March 5, 2026 at 9:12 am said:\n{SAID[0]}\nComments are closed.\n"
    )
    assert [(c.author, c.date_text, _said(c)) for c in comments] == [
        ("Lena Frost", "March 5, 2026 at 9:12 am", [SAID[0]])
    ]


def test_one_comment_under_its_count_and_title_keeps_its_reply_button_only() -> None:
    comments = _comments(
        "Comments (1)\nOne thought on “Ferry to run late on Fridays”\nRavi Mehta says:\n"
        f"March 5, 2026 at 3:32 am\n{SAID[1]}\nReply\nLeave a Reply\nName (required)\n"
    )
    assert [(c.author, _said(c)) for c in comments] == [("Ravi Mehta", [SAID[1]])]
    assert [b.text for b in comments[0].blocks][-1] == "Reply"


def test_a_lone_record_runs_no_further_than_a_comment_does() -> None:
    """Past fifteen lines with no button or form, the record is the page's furniture."""
    rest = "\n".join(f"Teaser headline number {k}" for k in range(20))
    tail = f"Comments\nOskar Lind says:\nMarch 5, 2026 at 3:32 am\n{SAID[2]}\n{rest}\n"
    assert _comments(tail) == []


def test_a_said_line_far_from_any_comment_header_is_no_comment() -> None:
    tail = f"Greta Voss says:\nMarch 5, 2026 at 3:32 am\n{SAID[3]}\nAbout us\n"
    assert _comments(tail) == []


def test_one_thought_on_a_title_opens_the_comment_section() -> None:
    assert is_section_header("One thought on “Ferry to run late on Fridays”")
    assert is_section_header("One reply to “Ferry to run late on Fridays”")
