"""Session 31's comment-list rules (issue 13), each relaxing an assumption of the finder:
a reply may say what it answers by the number the answered record's header shows ("#7
↪ #4", ">>5530212" over its text); a line some records' headers add under them (that
">>5530212") leaves them records; a date's numbers the date reader leaves ("02/11/25(Tue)")
are no part of a writer's name; an undated text may be signed by a login in lower case
("tovamar, Eskerby"). Each test fails without its rule. Texts invented."""

from __future__ import annotations

from comment_texts import SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said

from reader.ingest.comment_cites import marked_numbers

NAMES = ["Wendeline Usk", "Corrado Pell", "Hanne Vyborg", "Isidro Maal", "Tamsin Crae"]


def test_a_reply_says_the_number_of_the_comment_it_answers_in_its_header() -> None:
    """ "#3 ↪ #1 Hanne Vyborg · Nov 2, 2025": comment 3 answers comment 1, and the cited
    number is no part of its writer's name."""
    cites = ["", "", " ↪ #1", " ↪ #3", ""]
    records = [
        f"#{k + 1}{cite} {name} · Nov {k + 2}, 2025\n{said}\nReply · Quote"
        for k, (cite, name, said) in enumerate(zip(cites, NAMES, SAID, strict=True))
    ]
    found = _comments(records, "Comments (5)")
    assert [(c.author, c.parent) for c in found] == [
        ("Wendeline Usk", None),
        ("Corrado Pell", None),
        ("Hanne Vyborg", 1),
        ("Isidro Maal", 3),
        ("Tamsin Crae", None),
    ]


def test_a_day_that_equals_an_earlier_number_cites_nothing() -> None:
    """ "#4 Isidro Maal · Nov 2, 2025": the day 2 after a space is the date's, no cited
    comment 2 (a cited number follows a mark: "#2", ">>2")."""
    records = [
        f"#{k + 1} {name} · Nov {k % 3 + 1}, 2025\n{said}\nReply · Quote"
        for k, (name, said) in enumerate(zip(NAMES, SAID, strict=True))
    ]
    records[4] = records[4].replace("#5 ", "#5 ↪ #4 ")  # one reply: the page cites
    found = _comments(records, "Comments (5)")
    assert [c.parent for c in found] == [None, None, None, None, 4]


BOARD = [  # (post number, the post it answers): an image board's thread
    (5530200, None),
    (5530207, None),
    (5530212, 5530207),
    (5530219, 5530207),
    (5530230, 5530200),
]
DAYS = ["Mon", "Mon", "Tue", "Tue", "Wed"]


def _board() -> list[str]:
    return [
        f"Anonymous 02/{10 + k}/25({day})1{k}:0{k}:41 No.{post}\n"
        + (f">>{cited}\n" if cited else "")
        + said
        for k, ((post, cited), day, said) in enumerate(zip(BOARD, DAYS, SAID, strict=True))
    ]


def test_an_anonymous_board_s_posts_each_a_comment_answering_the_number_it_cites() -> None:
    """Every writer "Anonymous", a post number in each header and ">>number" over a
    reply's text: five comments, each answering the post it cites, its text whole."""
    found = _comments(_board(), "Replies")
    assert [(c.parent, _said(c)[-1]) for c in found] == [
        (None, SAID[0]),
        (None, SAID[1]),
        (2, SAID[2]),
        (2, SAID[3]),
        (1, SAID[4]),
    ]


def test_a_date_s_numbers_the_date_reader_leaves_are_no_part_of_the_name() -> None:
    """ "Anonymous 02/10/25(Mon)10:00:41": a two-digit year the date reader does not
    read; the writer is "Anonymous", not "Anonymous 02/10/25(Mon)" nor the weekday."""
    assert [c.author for c in _comments(_board(), "Replies")] == ["Anonymous"] * 5


def test_marked_numbers_skip_a_date_s_and_a_time_s_parts() -> None:
    """The numbers after a mark, not the parts of "02/10/25" nor "10:00:41"."""
    text = "Anonymous 02/10/25(Mon)10:00:41 No.5530200 >>5530199 12 points"
    assert [n for n, _, _ in marked_numbers(text)] == [5530200, 5530199]


LOGINS = ["tovamar", "brannoc_9", "dessa", "ulfgren", "mirko_k"]
TOWNS = ["Eskerby", "Dunmallow", "Fenwater", "Eskerby", "Rookhaven"]


def test_undated_letters_signed_by_a_login_in_lower_case_and_a_town() -> None:
    """No date, no header: each text signed "tovamar, Eskerby" under it: the login,
    whatever its case, is the writer (the logins differ from letter to letter)."""
    records = [
        f"{said}\n{login}, {town}" for login, town, said in zip(LOGINS, TOWNS, SAID, strict=True)
    ]
    found = _comments(records, "Your letters")
    assert [(c.author, _said(c)) for c in found] == [
        (login, [said]) for login, said in zip(LOGINS, SAID, strict=True)
    ]


def test_a_board_s_weekday_glued_to_its_date_names_no_writer() -> None:
    """Posts of five days, none a reply ("Anonymous 02/10/25(Mon)10:00:41 No.5530200"):
    the page's repeated group is read too, and its writers are not the weekdays it
    finds in brackets where the date reader leaves the date: "Anonymous" writes each."""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    records = [
        f"Anonymous 02/{10 + k}/25({day})1{k}:0{k}:41 No.{5530200 + 7 * k}\n{said}"
        for k, (day, said) in enumerate(zip(days, SAID, strict=True))
    ]
    found = _comments(records, "Replies")
    assert [(c.author, _said(c)) for c in found] == [("Anonymous", [said]) for said in SAID]


def test_whatever_mark_stands_between_a_login_and_its_date_is_no_part_of_the_name() -> None:
    """A forum's "Post by tovamar » Mon Mar 02, 2026 4:10 pm": the mark before the date
    is the header's, whichever mark it is, not the login's."""
    records = [
        f"Post by {login} » Mon Mar 0{k + 2}, 2026 4:1{k} pm\n{said}\nTop"
        for k, (login, said) in enumerate(zip(LOGINS, SAID, strict=True))
    ]
    assert [c.author for c in _comments(records, "Re: the late boat")] == LOGINS


def test_words_every_header_repeats_after_its_date_are_no_part_of_the_name() -> None:
    """ "On March 2, 2026 by tovamar": the words before the date and the "by" after it
    come back in every record, the template's; the login after them varies, the writer."""
    records = [
        f"On March {k + 2}, 2026 by {login}\n{said}\nReply"
        for k, (login, said) in enumerate(zip(LOGINS, SAID, strict=True))
    ]
    found = _comments(records, "Comments")
    assert [(c.author, c.date_text) for c in found] == [
        (login, f"March {k + 2}, 2026") for k, login in enumerate(LOGINS)
    ]
