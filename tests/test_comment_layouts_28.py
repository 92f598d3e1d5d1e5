"""Session 28's comment-list rules (issue 13): a count of replies under each record is
the record's line, not the section's header; a place after a dash ends a name; the
page's own lines under the last record are no part of it. Each test fails without its
rule. Texts invented."""

from __future__ import annotations

from comment_texts import FOUR, SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said


def test_a_reply_count_under_each_record_is_no_section_header() -> None:
    """ "2 replies" under each record's text has a section header's words: the first
    of them stood under the first comment, and that comment went to the article."""
    records = [
        f"{name} · {k + 3} maart 2026 om 1{k}:05\n{said}\n{k + 1} replies"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    found = _comments(records, "Reacties (4)")
    assert [(c.author, _said(c)) for c in found] == [
        (name, [SAID[k]]) for k, name in enumerate(FOUR)
    ]


def test_a_place_after_a_dash_is_no_part_of_the_name() -> None:
    """ "Name — Place" over the date: the dash between spaces ends the name, as a
    middle dot does."""
    places = ["Kelpwick", "Lower Fenn", "Saltmarsh", "North Quay"]
    records = [
        f"Entry #{k + 1}\n{name} — {place}\n{k + 3}. März 2026\n{said}"
        for k, (name, place, said) in enumerate(zip(FOUR, places, SAID, strict=False))
    ]
    found = _comments(records, "Gästebuch")
    assert [c.author for c in found] == FOUR


def test_the_page_footer_under_the_last_record_is_not_its_text() -> None:
    """No actions close a record: the last one's text stops over the page's own lines,
    three or more that carry no sentence ("About us", "© 2026 …")."""
    records = [
        f"Entry #{k + 1}\n{name}\n{k + 3}. März 2026\n{said}"
        for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
    ]
    found = _comments(records, "Gästebuch")
    assert [_said(c) for c in found] == [[said] for said in SAID[:4]]


def test_replies_nested_by_bars_before_their_lines() -> None:
    """ "| " before every line of a reply, once a level: the bars are indentation, the
    reply answers the record above it one bar less deep, and its text has no bar."""
    records = [
        f"{FOUR[0]} — 3 March 2026\n{SAID[0]}\nReply · Flag",
        f"| {FOUR[1]} — 4 March 2026\n| {SAID[1]}\n| Reply · Flag",
        f"| | {FOUR[2]} — 4 March 2026\n| | {SAID[2]}\n| | Reply · Flag",
        f"{FOUR[3]} — 5 March 2026\n{SAID[3]}\nReply · Flag",
    ]
    found = _comments(records, "Comments")
    assert [(c.author, c.parent, _said(c)) for c in found] == [
        (FOUR[0], None, [SAID[0]]),
        (FOUR[1], 1, [SAID[1]]),
        (FOUR[2], 2, [SAID[2]]),
        (FOUR[3], None, [SAID[3]]),
    ]


def test_a_quote_under_a_name_keeps_its_bars() -> None:
    """ "> Name" over "> a sentence" in a comment is a quote of another commenter: a
    header's form carries a date or a count, a name alone does not."""
    records = [
        f"{FOUR[0]}\n3 March 2026\n{SAID[0]}\nReply",
        f"{FOUR[1]}\n4 March 2026\n> {FOUR[0]}\n> {SAID[0]}\n{SAID[1]}\nReply",
        f"{FOUR[2]}\n4 March 2026\n{SAID[2]}\nReply",
    ]
    found = _comments(records, "Comments")
    assert f"> {FOUR[0]}" in [line for b in found[1].blocks for line in b.text.split("\n")]


def test_a_depth_on_a_line_over_each_record_nests_the_replies() -> None:
    """ "level 2" over a record: the same words over every record and one number, 1
    over the first, at most one more than the record's before: each record answers the
    nearest one above it a level less deep."""
    users = ["lenaf", "ravi_m", "oskar9", "gretav"]
    records = [
        f"level {depth}\n{user}\n· {k + 2} hours ago\n{SAID[k]}\nReply\nShare"
        for k, (depth, user) in enumerate(zip((1, 2, 2, 1), users, strict=True))
    ]
    found = _comments(records, "Comments")
    assert [(c.author, c.parent) for c in found] == [
        ("lenaf", None),
        ("ravi_m", 1),
        ("oskar9", 1),
        ("gretav", None),
    ]


def test_numbers_that_only_count_up_over_the_records_are_no_depths() -> None:
    """ "Entry 1", "Entry 2", "Entry 3" over the records count them: no record answers."""
    records = [
        f"Entry {k + 1}\n{name}\n{k + 3} March 2026\n{SAID[k]}\nReply"
        for k, name in enumerate(FOUR)
    ]
    found = _comments(records, "Guestbook")
    assert [(c.author, c.parent) for c in found] == [(name, None) for name in FOUR]


def test_a_list_ending_the_last_record_stays_its_text() -> None:
    """Lines under "Three things …:" that carry no sentence are the comment's list, not
    the page's footer; so is a sign-off's line in lower case ("the island")."""
    endings = [
        ["Three things the late boat needs:", "a second deckhand", "lights on the pier"],
        ["See you all in June.", "Greetings from", "the island"],
    ]
    for ending in endings:
        records = [
            f"Entry #{k + 1}\n{name}\n{k + 3}. März 2026\n{said}"
            for k, (name, said) in enumerate(zip(FOUR, SAID, strict=False))
        ]
        records[-1] += "\n" + "\n".join(ending)
        found = _comments(records, "Gästebuch")
        texts = [b.text for b in found[-1].blocks]
        assert all(line in " ".join(texts) for line in ending[1:])
