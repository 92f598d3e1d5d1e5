"""Session 33's comment-list rule (issue 13), relaxing two assumptions of the finder: a
said line ends with a colon ("Ann says:"), and a record's actions stand between its text
and its date. A blog's "Ann Lee said..." over the text, its date and a "Delete" under it:
the dots end a said line where the page repeats its verb, and the actions under the date
close the record (never the next record's name). Each test fails without its part of
comment_said_lines.py, comment_shapes.footers or comment_cuts._footed. Texts invented."""

from __future__ import annotations

from collections import Counter

from comment_texts import SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said

from reader.ingest.comment_line_kinds import line_letter

NAMES = ["Wendeline Usk", "Corrado Pell", "Hanne Vyborg", "Isidro Maal", "Tamsin Crae"]
DATES = [
    f"March {day}, 2026 at {hour}:15 pm" for day, hour in ((3, 4), (3, 9), (4, 1), (5, 7), (6, 2))
]


def _blog(said: list[str]) -> list[str]:
    return [
        f"{name} said...\n{text}\n{date}\nDelete"
        for name, text, date in zip(NAMES, said, DATES, strict=True)
    ]


def test_said_with_dots_over_the_text_and_delete_under_its_date() -> None:
    """Five comments, each its writer's (not "Delete"), with its date and its text
    alone."""
    found = _comments(_blog(SAID), "5 comments:")
    assert [(c.author, c.date_text, _said(c)) for c in found] == [
        (name, date, [said]) for name, date, said in zip(NAMES, DATES, SAID, strict=True)
    ]


def test_a_comment_trailing_off_stays_text() -> None:
    """A comment whose whole text is "Not so sure about that...", over its date: the
    verb is no other line's, so it is the comment's own words, not a header."""
    said = [*SAID]
    said[2] = "Not so sure about that..."
    found = _comments(_blog(said), "5 comments:")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [text]) for name, text in zip(NAMES, said, strict=True)
    ]


LOGINS = ["wendel_usk", "corrado77", "hannev", "isidro_m", "tamsin_c"]
STAMPS = [
    f"Mar {day}, 2026 at {hour}:15" for day, hour in ((3, 14), (3, 19), (4, 11), (5, 17), (6, 12))
]


def _headed(header: str) -> list[tuple[str | None, list[str]]]:
    records = [
        header.format(date=date, login=login) + f"\n{said}\nReply"
        for login, date, said in zip(LOGINS, STAMPS, SAID, strict=True)
    ]
    return [(c.author, _said(c)) for c in _comments(records, "5 comments")]


def test_the_name_after_the_date_past_by() -> None:
    """ "Mar 3, 2026 at 14:15 by wendel_usk": no name before the date, the login after it,
    past "by" (the words every record repeats there)."""
    assert _headed("{date} by {login}") == list(zip(LOGINS, ([s] for s in SAID), strict=True))


def test_posted_by_login_on_the_date() -> None:
    """ "Posted by wendel_usk on Mar 3, 2026 at 14:15": the page's words open the name's
    slot before the date (a header line, no text)."""
    assert line_letter("Posted by wendel_usk on Mar 3, 2026 at 14:15", Counter()) == "H"
    assert _headed("Posted by {login} on {date}") == list(
        zip(LOGINS, ([s] for s in SAID), strict=True)
    )


def test_posted_on_the_date_by_login() -> None:
    """ "Posted on Mar 3, 2026 at 14:15 by wendel_usk": the page's words before the date,
    the name after it."""
    assert _headed("Posted on {date} by {login}") == list(
        zip(LOGINS, ([s] for s in SAID), strict=True)
    )


def test_the_same_name_after_every_date_is_the_pages() -> None:
    """ "Mar 3, 2026 at 14:15 by staff" on every record: the same words after each date
    are the page's, no writer's."""
    assert _headed("{date} by staff") == []  # no list of five comments all by "staff"
