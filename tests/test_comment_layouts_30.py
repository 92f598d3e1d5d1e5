"""Session 30's comment-list rules (issue 13), each relaxing an assumption of the
repeated group (comment_strides.py): records of one day with no time are comments when
one names another's writer (a day's teasers answer none); undated records may be
one line each, the writer's label in brackets before a sentence ("<login> …"), and
their writers may be handles in lower case. A line under each undated text signs it, where
most such lines are names each word capitalised. Each test fails without its rule. Texts
invented."""

from __future__ import annotations

import pytest
from comment_texts import ARTICLE, SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said
from conftest import parse_text

from reader.ingest.comment_undated import all_named
from reader.ingest.lines import to_lines

LOGINS = ["tovamar", "brannoc_9", "dessa", "ulfgren", "mirko_k"]


def test_a_thread_of_one_day_with_no_time_whose_posts_answer_one_another() -> None:
    """Each post dated "Mar 4, 2026" (no time: a forum's short thread), under a login,
    one post quoting another's ("tovamar wrote:"): records that answer one another are
    comments, though a day's teasers are dated so too."""
    records = [
        f"{login}\nMembers: {k + 3} · Joined: Jan 201{k}\nMar 4, 2026\n#{k + 1}\n"
        + ("tovamar wrote:\n" if k == 2 else "")
        + f"{said}\nQuote · Reply"
        for k, (login, said) in enumerate(zip(LOGINS, SAID, strict=True))
    ]
    found = _comments(records, "5 posts in this topic")
    assert [(c.author, c.date_text, _said(c)[-1]) for c in found] == [
        (login, "Mar 4, 2026", said) for login, said in zip(LOGINS, SAID, strict=True)
    ]


def test_a_writer_s_name_inside_a_longer_word_answers_no_one() -> None:
    """Posts of one day with no time, none naming another's writer but inside a longer
    word (writer "Ann" in "Annual", "dessa" in "Odessa"): a day's items, no thread; a
    writer is named in whole words only."""
    logins = ["Ann", "dessa", "brannoc_9", "ulfgren", "mirko_k"]
    said = [
        *SAID[:2],
        "The Annual rowing race moves to the north pier this spring.",
        "A cousin of mine sails in from Odessa for the ferry races.",
        SAID[4],
    ]
    records = [
        f"{login}\nMembers: {k + 3} · Joined: Jan 201{k}\nMar 4, 2026\n#{k + 1}\n"
        f"{text}\nQuote · Reply"
        for k, (login, text) in enumerate(zip(logins, said, strict=True))
    ]
    assert _comments(records, "5 posts in this topic") == []


def test_a_chat_log_of_one_line_records_with_no_date() -> None:
    """ "<login> text", no date anywhere: each line a record, its writer in brackets,
    whatever its case."""
    records = [f"<{login}> {said}" for login, said in zip(LOGINS, SAID, strict=True)]
    found = _comments(records, "Chat log")
    assert [c.author for c in found] == LOGINS
    assert [_said(c)[-1].endswith(said) for c, said in zip(found, SAID, strict=True)] == [True] * 5


NOTES = [
    "The pier lights were fitted by the town council in 1994.",
    "Crew figures come from the board's own yearly report.",
    "Fares for the late boats have not yet been set by the operator.",
    "A similar trial on the southern crossing ended after two summers.",
    "The fireworks budget covered one evening display each August.",
]


@pytest.mark.parametrize(
    "marks", ["abcde", ["1", "2", "3", "4", "5"], ["10", "11", "12", "13", "14"]]
)
def test_notes_marked_in_brackets_under_the_body_stay_the_article_s(marks: list[str]) -> None:
    """ "[a] …" to "[e] …" (or "[1] …") under the body: a note's mark in brackets, one
    character or a number, is no writer's label: the notes stay the article's paragraphs.
    (The numbered notes stayed so before, a number being no name: they guard it.)"""
    lines = [f"[{mark}] {note}" for mark, note in zip(marks, NOTES, strict=True)]
    article = parse_text(ARTICLE + "\n".join(lines) + "\n").article
    assert article.comments == []
    assert [b.text for b in article.body()][-5:] == lines


def test_a_transcript_s_speakers_before_a_colon_are_no_chat() -> None:
    """ "SPEAKER: text" lines, undated, of several speakers: an interview's transcript,
    the article's own lines."""
    speakers = ["ANA RUIZ", "BORIS HALL", "RUIZ", "HALL", "DINA OKAFOR"]
    records = [f"{who}: {said}" for who, said in zip(speakers, SAID, strict=True)]
    assert _comments(records, "Partial transcript:") == []


SIGNERS = ["Lena Frost", "Ravi Mehta", "Oskar Lind", "Greta Voss", "Tomas Berg"]


def test_undated_texts_each_signed_by_a_name_under_it() -> None:
    """No date, no header: each text signed by one line under it ("– Ravi Mehta"): the
    line that closes each record names its writer."""
    records = [f"{said}\n– {name}" for name, said in zip(SIGNERS, SAID, strict=True)]
    found = _comments(records, "What you told us")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [said]) for name, said in zip(SIGNERS, SAID, strict=True)
    ]


def test_subheads_closing_each_part_sign_nothing() -> None:
    """A short line under each part, not each word capitalised ("Timing the boats"):
    the next part's subhead, no writer's name (a how-to page's four subheads made a
    false list of one-line signatures without this); names sign."""
    heads = ["For example", "Timing the boats", "Fewer stops at night", "Share on"]
    subheads = to_lines("\n".join(heads))
    places = [{0: k} for k in range(len(heads))]
    assert not all_named(subheads, places, 0, {}, signs=True)
    assert all_named(to_lines("\n".join(SIGNERS)), places, 0, {}, signs=True)
