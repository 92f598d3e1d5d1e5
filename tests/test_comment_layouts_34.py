"""Session 34's comment-list rules (issue 13), each relaxing one assumption of the finder.

- An action line holds at most four words, and the marks between them counted as
  words: "permalink · save · reply" (five tokens) was read as the next record's name
  line. The marks standing alone are no words (comment_line_kinds.may_act).
- The words at a writer's place are the name's but for the words a rule knows: a
  mark and a count every record puts there ("[–] wendel_usk 14 points", the word cut
  as the template's) stayed in the name. A token without letters the same on every
  record, and a number on every record, are the page's (comment_slot_marks.py).

Each test fails without its part. Texts invented."""

from __future__ import annotations

from comment_texts import SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said

from reader.ingest.comment_line_kinds import may_act

LOGINS = ["wendel_usk", "corrado77", "hannev", "isidro_m", "tamsin_c"]
POINTS = [14, 9, 3, 21, 0]
AGES = ["5 hours ago", "4 hours ago", "4 hours ago", "2 hours ago", "1 hour ago"]
DEPTHS = [0, 1, 2, 0, 1]  # a reply two spaces deeper than the comment it answers
FOOTER = "permalink · save · reply"


def _board(mark: str = "[–] ") -> list[str]:
    return [
        "\n".join(
            "  " * depth + line for line in (f"{mark}{login} {points} points {age}", said, FOOTER)
        )
        for login, points, age, said, depth in zip(LOGINS, POINTS, AGES, SAID, DEPTHS, strict=True)
    ]


def test_marks_between_actions_are_no_words() -> None:
    """Three actions and the dots between them are a line of actions, as "Like Reply
    Share" is; five words are not, whatever marks stand between them."""
    assert may_act("permalink · save · reply")
    assert may_act("Like | Reply | Share")
    assert not may_act("one two three four five")
    assert not may_act("one · two · three · four · five")


def test_a_dotted_footer_closes_its_record() -> None:
    """Each comment shows its own words alone (its footer is its actions, not the next
    comment's opening), and each reply answers the comment one level above it."""
    found = _comments(_board(), "5 comments")
    assert [_said(c) for c in found] == [[said] for said in SAID]
    assert [c.parent for c in found] == [None, 1, 2, None, 4]
    assert all(FOOTER not in _said(c) for c in found)


def test_a_mark_and_a_score_beside_every_name_are_the_pages() -> None:
    """The writer is the login alone: not "[–] wendel_usk 14", nor "[–] wendel_usk"."""
    found = _comments(_board(), "5 comments")
    assert [c.author for c in found] == LOGINS


def test_a_score_alone_beside_every_name_is_the_pages() -> None:
    """Without the bracketed mark, the count beside each login is still no part of it."""
    found = _comments(_board(mark=""), "5 comments")
    assert [c.author for c in found] == LOGINS


INITIALS = ["WU", "CP", "HV", "IM", "TC"]  # of display names the page does not show
STAMPS = [f"2026-03-04 {hour}:12" for hour in (9, 10, 11, 12, 13)]


def test_avatar_letters_over_a_login_are_no_writer() -> None:
    """An avatar's capitals over each login ("CP" over "corrado77"): the letters are no
    initials of the login, but most records open with such a line, so the login under
    them names the writer."""
    records = [
        f"{letters}\n{login}\n{stamp}\n{said}\nReply"
        for letters, login, stamp, said in zip(INITIALS, LOGINS, STAMPS, SAID, strict=True)
    ]
    found = _comments(records, "Join the conversation")
    assert [(c.author, _said(c)) for c in found] == [
        (login, [said]) for login, said in zip(LOGINS, SAID, strict=True)
    ]
