"""Comment records in shapes added in session 24 (issue 13): the page's own words around
a header's name ("On DATE, Name wrote:", "Name in reply to Name"), a reply's line naming
whom it answers, a comment's number before the name, a rating before the date, counts
with a question under each comment, a short line quoted after "> ", a section label in
two languages. Texts and words invented."""

from __future__ import annotations

from comment_texts import ARTICLE, FOUR, SAID
from conftest import parse_text

from reader.model import BlockKind, Comment


def _comments(records: list[str], section: str = "Comments") -> list[Comment]:
    text = ARTICLE + section + "\n" + "\n".join(records) + "\nAbout us\nPrivacy policy\n"
    return parse_text(text).article.comments


def _said(comment: Comment) -> list[str]:
    return [b.text for b in comment.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE)]


def test_words_every_header_opens_with_before_its_date_are_no_name() -> None:
    """ "On March 4, 2026 at 9:12 pm, Lena Frost wrote:": the writer after the date."""
    records = [
        f"On March {3 + k}, 2026 at 9:1{k} pm, {name} wrote:\n{SAID[k]}\nReply\nQuote"
        for k, name in enumerate(FOUR)
    ]
    found = _comments(records)
    assert [(c.author, c.date_text) for c in found] == [
        (name, f"March {3 + k}, 2026 at 9:1{k} pm") for k, name in enumerate(FOUR)
    ]


def test_a_question_with_counts_under_each_comment_is_no_text() -> None:
    records = [
        f"{name} · 2026-03-0{3 + k} 10:0{k}\n{SAID[k]}\nReply\n"
        f"Was this helpful? Yes ({k * 3}) No ({k})"
        for k, name in enumerate(FOUR)
    ]
    assert [_said(c) for c in _comments(records)] == [[SAID[k]] for k in range(4)]


def test_counts_some_comments_share_still_make_the_counted_line_an_action() -> None:
    """ "Helpful (11)" under two comments, "Helpful (23)" and "Helpful (18)" under the
    others: one counted line under each, none of them text."""
    counts = [11, 23, 11, 18]
    records = [
        f"{name[0]}{name.split()[1][0]}\n{name}\n★★★☆☆ 0{3 + k}/03/2026\n{SAID[k]}\n"
        f"Helpful ({counts[k]})\nReply"
        for k, name in enumerate(FOUR)
    ]
    assert [_said(c) for c in _comments(records)] == [[SAID[k]] for k in range(4)]


def test_a_rating_before_the_date_leaves_the_line_the_date() -> None:
    records = [
        f"{name}\n{'★' * (k + 1)}{'☆' * (4 - k)} 0{3 + k}/03/2026\n{SAID[k]}\nReply"
        for k, name in enumerate(FOUR)
    ]
    found = _comments(records)
    assert [c.author for c in found] == FOUR
    assert [c.date_text for c in found] == [f"0{3 + k}/03/2026" for k in range(4)]


def test_the_comments_number_before_the_name_is_no_part_of_it() -> None:
    records = [f"#{k + 1} {name}\nMar {3 + k}\n{SAID[k]}\nOdpowiedz" for k, name in enumerate(FOUR)]
    assert [c.author for c in _comments(records)] == FOUR


def test_words_between_two_names_in_headers_say_whom_the_reply_answers() -> None:
    """ "Ravi Mehta frob on Lena Frost · date": words no list holds, repeated between a
    writer's name and another commenter's; once, before a writer above, they count too
    (the last header)."""
    heads = [
        "#1 Lena Frost",
        "#2 Ravi Mehta frob on Lena Frost",
        "#3 Oskar Lind",
        "#4 Greta Voss frob on Lena Frost",
    ]
    records = [
        f"{head} · 2026-03-0{3 + k} 10:0{k}\n{SAID[k]}\nReply" for k, head in enumerate(heads)
    ]
    assert [(c.author, c.parent) for c in _comments(records)] == [
        ("Lena Frost", None),
        ("Ravi Mehta", 1),
        ("Oskar Lind", None),
        ("Greta Voss", 1),
    ]
    heads[1] = "#2 Ravi Mehta"
    records = [
        f"{head} · 2026-03-0{3 + k} 10:0{k}\n{SAID[k]}\nReply" for k, head in enumerate(heads)
    ]
    assert [(c.author, c.parent) for c in _comments(records)][3] == ("Greta Voss", 1)


def test_a_line_of_words_and_a_writers_name_over_a_reply_says_whom_it_answers() -> None:
    """ "Svar til Lena Frost" over two replies (words no list holds), or once over a
    reply's own text: a header line, the reply answering her."""
    over = ["", "Svar til Lena Frost\n", "", "Svar til Lena Frost\n"]
    records = [
        f"{name}\n0{3 + k}.03.2026 10:0{k}\n{over[k]}{SAID[k]}\nSvar" for k, name in enumerate(FOUR)
    ]
    found = _comments(records)
    assert [c.parent for c in found] == [None, 1, None, 1]
    assert _said(found[1]) == [SAID[1]]
    over[1] = ""
    records = [
        f"{name}\n0{3 + k}.03.2026 10:0{k}\n{over[k]}{SAID[k]}\nSvar" for k, name in enumerate(FOUR)
    ]
    assert [c.parent for c in _comments(records)] == [None, None, None, 1]


def test_a_short_line_quoted_after_a_quote_mark_answers_its_writer() -> None:
    """ "> Why not?" over a reply's text: too short for the index of quotes, but marked
    as one, and one earlier comment holds it."""
    said = [SAID[0], "Why not?", "> Why not?\n" + SAID[2], SAID[3]]
    records = [f"{name} · March {3 + k}, 2026\n{said[k]}\nReply" for k, name in enumerate(FOUR)]
    assert [c.parent for c in _comments(records)] == [None, None, 2, None]


def test_a_section_label_in_two_languages_opens_the_comments() -> None:
    """ "Comments / Commentaires": the article's date above it, dated like the comments,
    opens no comment."""
    records = [f"{name}\nMarch {3 + k}, 2026\n{SAID[k]}\nReply" for k, name in enumerate(FOUR)]
    found = _comments(records, "Comments / Commentaires")
    assert [c.author for c in found] == FOUR
