"""Comment lists found from the page's repetition alone (comment_strides.py, issue 13):
a group of lines of one form each comes back between the comments' texts, wherever
it stands (over the text, under it, both, or the text on the group's own line). Each
test fails without the mechanism. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE, FOUR, SAID
from conftest import parse_text

from reader.ingest.comment_forms import line_form
from reader.model import Comment


def _comments(records: list[str], section: str = "Comments") -> list[Comment]:
    text = ARTICLE + section + "\n" + "\n".join(records) + "\nAbout us\nPrivacy policy\n"
    return parse_text(text).article.comments


def _said(comment: Comment) -> list[str]:
    return [b.text for b in comment.blocks if b.kind.value == "paragraph"]


def test_names_of_any_script_and_length_share_a_form_and_a_sentence_has_none() -> None:
    assert line_form("Lena Frost") == line_form("李娜") == line_form("Мария Ивановна Петрова")
    assert line_form("answered Mar 3, 2026 at 21:04") == line_form("answered May 12, 2025 at 9:15")
    assert line_form("112 reputation") == line_form("1,525 reputation")
    assert line_form("Not again.") is None
    assert line_form("[14:02] Lena Frost: Fine.") == line_form("[9:15] Li Na: " + SAID[0])


def test_answers_signed_under_their_text_with_votes_over_it() -> None:
    """Votes over the text, then actions, "answered DATE", the name and a reputation
    under it: the group's part under the last text is the footer, over the first the
    header, whatever its words."""
    records = ["Accepted answer"] + [
        f"{3 * k + 1}\n{said}\nShare · Improve this answer\nanswered Mar {k + 2}, 2026 at 1{k}:05"
        f"\n{name}\n{(k + 1) * 211:,} reputation"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    found = _comments(records, "4 Answers")
    assert [(c.author, c.date_text, _said(c)) for c in found] == [
        (name, f"Mar {k + 2}, 2026 at 1{k}:05", [SAID[k]]) for k, name in enumerate(FOUR)
    ]


def test_rows_of_a_table_copied_with_tabs_are_comments() -> None:
    rows = [
        f"{name}\t0{k + 3}/03/2026 1{k}:4{k}\t{said}"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    found = _comments(rows, "Name\tDate\tComment")
    assert [(c.author, c.date_text) for c in found] == [
        (name, f"0{k + 3}/03/2026 1{k}:4{k}") for k, name in enumerate(FOUR)
    ]
    assert all(SAID[k] in " ".join(_said(c)) for k, c in enumerate(found))


def test_actions_between_the_header_and_the_text_open_no_comment() -> None:
    records = [
        f"{name} · Mar {k + 3}, 2026 at 0{k}:17\n♥ {k * 5 + 2} · Reply · Share\n{said}"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    found = _comments(records)
    assert [(c.author, _said(c)) for c in found] == [
        (name, [SAID[k]]) for k, name in enumerate(FOUR)
    ]


def test_a_chat_log_s_lines_are_comments_and_a_mention_after_the_label_answers() -> None:
    """ "[14:02] Name: text": the name and the text on one line, a line of no form
    under it its own; "@Name" after the label says whom it answers."""
    lines = [
        f"[1{k}:0{k}] {name}: {said}"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    lines.insert(2, SAID[4])  # the second comment's second line
    lines[-1] = f"[13:03] {FOUR[3]}: @{FOUR[1]} {SAID[3]}"
    found = _comments(lines, "Live chat")
    assert [c.author for c in found] == FOUR
    assert _said(found[1]) == [lines[1], SAID[4]]
    assert found[3].mentions == [FOUR[1]]
