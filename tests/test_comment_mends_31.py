"""Mends of session 31's comment rules (issue 13) from a review with invented pages: a
vote's or a price's number is no cite; a mail address's closing ">" is the name's; a
name's words every record shares are the name's when they are the whole of it. Each
test fails without its mend. Texts invented."""

from __future__ import annotations

from comment_texts import FOUR, SAID
from comment_texts import comments_listed as _comments

NAMES = ["Wendeline Usk", "Corrado Pell", "Hanne Vyborg", "Isidro Maal", "Tamsin Crae"]


def _numbered(votes: list[str]) -> list[str]:
    return [
        f"#{k + 1} {name} · Nov {k + 2}, 2025{vote}\n{said}\nReply · Quote"
        for k, (vote, name, said) in enumerate(zip(votes, NAMES, SAID, strict=True))
    ]


def test_a_vote_after_a_numbered_header_cites_no_comment() -> None:
    """ "#3 Hanne Vyborg · Nov 4, 2025 · +1": the "+1" is a vote, no reply to comment 1."""
    records = _numbered([" · +0", " · +4", " · +1", " · +2", " · +3"])
    found = _comments(records, "Comments (5)")
    assert [(c.author, c.parent) for c in found] == [(name, None) for name in NAMES]


def test_a_price_opening_a_comment_cites_no_comment() -> None:
    """A comment opening "£2 a crossing…" under "#5 …" answers no comment 2."""
    records = _numbered([""] * 5)
    records[4] = records[4].replace(SAID[4], "£2 a crossing would be fair for the night runs.")
    found = _comments(records, "Comments (5)")
    assert [c.parent for c in found] == [None] * 5


def test_a_mail_address_after_the_name_keeps_its_closing_bracket() -> None:
    """ "Lena Frost <lena@example.org> · March 5, 2026": the ">" closes the address the
    name opened, no mark before the date to cut: the writer is "Lena Frost", not a
    name ending in a broken address "Lena Frost <lena@example.org"."""
    records = [
        f"{name} <{name.split()[0].lower()}@example.org> · March {k + 5}, 2026\n{said}\nReply"
        for k, (name, said) in enumerate(zip(FOUR, SAID[:4], strict=True))
    ]
    found = _comments(records, "Comments (4)")
    assert [c.author for c in found] == FOUR


def _signed_by(names: list[str]) -> list[str]:
    return [
        f"On March {k + 2}, 2026 by {name}\n{said}\nReply"
        for k, (name, said) in enumerate(zip(names, SAID[:4], strict=True))
    ]


def test_a_first_name_every_writer_shares_is_no_part_of_the_template() -> None:
    """ "On March 2, 2026 by Ann Lee", "… by Ann Park": "by" is the template's, "Ann"
    the names', though every record repeats both."""
    names = ["Ann Lee", "Ann Park", "Ann Ross", "Ann Lee"]
    assert [c.author for c in _comments(_signed_by(names), "Comments")] == names


def test_one_writer_of_every_record_keeps_the_whole_name() -> None:
    """Four records "On March N, 2026 by Ann Lee": the writer is "Ann Lee" each time."""
    names = ["Ann Lee"] * 4
    assert [c.author for c in _comments(_signed_by(names), "Comments")] == names
