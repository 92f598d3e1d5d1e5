"""Comment records in shapes added in session 25 (issue 13): a forum's line of counts
under each name, a day without its year before a clock, a comment dated in a form of
its own, an outline number ("1.2") before the name, a relative date no pattern reads,
a badge shown twice, the article's date in the records' form, a name line saying whom
it answers. Each test fails without its rule. Texts invented."""

from __future__ import annotations

import pytest
from comment_texts import ARTICLE, FOUR, SAID
from conftest import parse_text

from reader.model import Comment


def _comments(records: list[str]) -> list[Comment]:
    text = ARTICLE + "Comments\n" + "\n".join(records) + "\nAbout us\nPrivacy policy\n"
    return parse_text(text).article.comments


def _said(comment: Comment) -> str:
    return " ".join(b.text for b in comment.blocks if b.kind.value == "paragraph")


STATS = ["Posts: 1,204 · Joined: Mar 2019", "Posts: 87 · Joined: Oct 2021"]
STATS += ["Posts: 3 · Joined: Jan 2026", "Posts: 12,950 · Joined: Jul 2011"]


def test_a_line_of_counts_under_each_name_is_the_header_not_the_text() -> None:
    """A line whose words and numbers change from record to record but whose form stays
    stands under every name: the record's, not the comment's words."""
    records = [
        f"{name}\n{stats}\n{3 + k} Mar at 2{k}:1{k}\n{said}\nQuote\nReply"
        for k, (name, stats, said) in enumerate(zip(FOUR, STATS, SAID, strict=False))
    ]
    found = _comments(records)
    assert [(c.author, c.date_text, _said(c)) for c in found] == [
        (name, f"{3 + k} Mar at 2{k}:1{k}", SAID[k]) for k, name in enumerate(FOUR)
    ]


@pytest.mark.parametrize(
    "dates",
    [
        ["3 Mar at 20:10", "4 Mar at 21:11", "5 Mar at 22:12", "yesterday at 09:18"],
        ["3 Mar at 18:48", "yesterday at 09:04", "today at 08:00", "today at 09:30"],
    ],
    ids=["newest apart", "oldest apart"],
)
def test_a_comment_dated_in_a_form_of_its_own_is_one_of_the_list(dates: list[str]) -> None:
    """ "yesterday at 09:18" after "3 Mar at 20:10" (the newest dated apart), "3 Mar at
    18:48" before "yesterday at …" (the oldest): another date form, the same records
    (their actions). A run of one form joins the rest; before them, where its text up
    to its actions weighs no more than a comment (the article's date over its
    paragraphs outweighs them)."""
    records = [
        f"{name}\n{date}\n{said}\nQuote\nReply"
        for name, date, said in zip(FOUR, dates, SAID, strict=False)
    ]
    assert [(c.author, c.date_text) for c in _comments(records)] == list(
        zip(FOUR, dates, strict=True)
    )


def test_outline_numbers_name_no_one_and_say_what_each_reply_answers() -> None:
    places = ["1", "1.1", "1.1.1", "2", "2.1"]
    names = [*FOUR, "李娜"]
    records = [
        f"{place}  {name} — 0{3 + k}.03.2026 1{k}:20\n{said}\nReply"
        for k, (place, name, said) in enumerate(zip(places, names, SAID, strict=True))
    ]
    found = _comments(records)
    assert [(c.author, c.parent) for c in found] == [
        ("Lena Frost", None),
        ("Ravi Mehta", 1),
        ("Oskar Lind", 2),
        ("Greta Voss", None),
        ("李娜", 4),
    ]


def test_threads_numbered_one_two_three_name_no_one() -> None:
    records = [
        f"{k + 1}  {name} — 0{3 + k}.03.2026 1{k}:20\n{SAID[k]}\nReply"
        for k, name in enumerate(FOUR)
    ]
    assert [c.author for c in _comments(records)] == FOUR


def test_a_relative_date_no_pattern_reads_is_dated_as_the_others_of_its_form() -> None:
    """ "vor 1 Tag" stands where "vor 5 Stunden" stands, in its form (a word, a number,
    a word): a date, and the comments under it are comments."""
    dates = ["vor 1 Tag", "vor 1 Tag", "vor 1 Tag", "vor 5 Stunden"]
    records = [
        f"{name} commented:\n{date}\n{said}\nGefällt mir\nAntworten"
        for name, date, said in zip(FOUR, dates, SAID, strict=False)
    ]
    assert [(c.author, c.date_text, _said(c)) for c in _comments(records)] == [
        (name, dates[k], SAID[k]) for k, name in enumerate(FOUR)
    ]


def test_a_badge_shown_twice_over_the_date_is_no_name() -> None:
    """Names over badges over dates: a badge the page shows twice only is no action,
    but the line shaped like the other records' names (two capitalised words) is the
    name, not the badge under it."""
    badges = ["Verified reader", "Top contributor", "Author", "Subscriber", "Author"]
    badges += ["Top contributor", "Verified reader", "Author", "Top contributor"]
    names = [*FOUR, "Bo Sand", "Ann Lee", "Kai Moss", "Ruth Bell", "Tam Reed"]
    records = [
        f"{name}\n{badge}\nil y a {9 - k} heures\nThe pier light {k + 1} needs mending.\nRépondre"
        for k, (name, badge) in enumerate(zip(names, badges, strict=True))
    ]
    assert [c.author for c in _comments(records)] == names


def test_the_articles_date_over_its_paragraphs_opens_no_comment() -> None:
    """Records of a name over a date, under a label no rule knows: the article's date
    under its byline has the records' date form, but no name signs it and it holds
    more words than any comment: it is the article's."""
    text = (
        ARTICLE
        + "What readers think\n"
        + "\n".join(f"{name}\nMar {3 + k}, 2026\n{SAID[k]}\nReport" for k, name in enumerate(FOUR))
    )
    found = parse_text(text + "\nAbout us\n").article.comments
    assert [(c.author, c.date_text) for c in found] == [
        (name, f"Mar {3 + k}, 2026") for k, name in enumerate(FOUR)
    ]


def test_a_name_line_saying_whom_it_answers_is_the_header_of_a_reply() -> None:
    """ "Ravi Mehta in reply to Lena Frost" on its own line over the date, where other
    records have a name alone: the reply's writer, and the comment it answers."""
    heads = ["Lena Frost", "Ravi Mehta in reply to Lena Frost", "Oskar Lind"]
    heads += ["Greta Voss in reply to Lena Frost", "Bo Sand in reply to Oskar Lind"]
    records = [
        f"{head}\n{3 + k}. März 2026 um 9:1{k} Uhr\n{SAID[k]}\nAntworten"
        for k, head in enumerate(heads)
    ]
    found = _comments(records)
    assert [(c.author, c.parent) for c in found] == [
        ("Lena Frost", None),
        ("Ravi Mehta", 1),
        ("Oskar Lind", None),
        ("Greta Voss", 1),
        ("Bo Sand", 3),
    ]


def test_the_articles_date_joins_no_run_of_the_writers_answers() -> None:
    """The article's date in a form of its own, then three comments, two by the
    article's writer ("Ana Ruiz · Author", a line the page repeats: an action between
    the date and the comments): the date's paragraphs outweigh every comment, so the
    article's date joins no run of theirs and the three comments stay found."""
    records = [
        f"Top comment\nAna Ruiz · Author\n03/05/2026 01:38\n{SAID[0]}\n36 points\nReply\nShare",
        f"Lena Frost\n03/05/2026 05:28\n> {SAID[0]}\n{SAID[1]}\n22 points\nReply\nShare",
        f"Ana Ruiz · Author\n03/06/2026 10:25\n> {SAID[0]}\n{SAID[2]}\n38 points\nReply\nShare",
    ]
    found = _comments(records)
    assert [(c.date_text, _said(c).split("> ")[-1][-20:]) for c in found] == [
        ("03/05/2026 01:38", SAID[0][-20:]),
        ("03/05/2026 05:28", SAID[1][-20:]),
        ("03/06/2026 10:25", SAID[2][-20:]),
    ]


def test_a_name_wrote_line_over_a_one_word_quote_answers_that_writer() -> None:
    """ "Oskar Lind wrote:" over "Nonsense." (a line too short for the index of quotes)
    says whom the reply answers, as an @mention does."""
    records = [
        f"Lena Frost\n3 Mar at 20:10\n{SAID[0]}\nQuote\nReply",
        f"Oskar Lind\n3 Mar at 21:11\nNonsense.\n{SAID[1]}\nQuote\nReply",
        f"Ravi Mehta\n4 Mar at 08:12\n{SAID[2]}\nQuote\nReply",
        f"Greta Voss\n4 Mar at 09:13\nOskar Lind wrote:\nNonsense.\n{SAID[3]}\nQuote\nReply",
    ]
    assert [(c.author, c.parent) for c in _comments(records)] == [
        ("Lena Frost", None),
        ("Oskar Lind", None),
        ("Ravi Mehta", None),
        ("Greta Voss", 2),
    ]


def test_a_line_leading_a_list_names_no_one_it_answers() -> None:
    """ "Three things matter:" over a list is no "Name wrote:": a name of capitalised
    words or a handle says whom a reply answers, lower-case words do not."""
    records = [
        f"Lena Frost\n3 Mar at 20:10\n{SAID[0]}\nQuote\nReply",
        f"Oskar Lind\n3 Mar at 21:11\nThree things matter:\nThe fares, the late boat, the bikes.\n"
        f"{SAID[1]}\nQuote\nReply",
    ]
    assert [(c.author, c.mentions) for c in _comments(records)] == [
        ("Lena Frost", []),
        ("Oskar Lind", []),
    ]
