"""Comment records in shapes added in session 23 (issue 13): "· Edited" after the date,
vote counts, a "Top comment" line, the article's writer with a badge, places in
brackets, days without their year, weekdays before the time. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE, FOUR, SAID
from conftest import parse_text


def _comments(records: list[str]) -> list[tuple[str | None, str | None, str]]:
    text = ARTICLE + "Comments\n" + "\n".join(records) + "\nAbout us\nPrivacy policy\n"
    return [
        (c.author, c.date_text, " ".join(b.text for b in c.blocks if b.kind.value == "paragraph"))
        for c in parse_text(text).article.comments
    ]


def test_a_weekday_before_the_time_is_part_of_the_date() -> None:
    records = [
        f"{name} · {day} at {time}\n{said}\nReply"
        for name, day, time, said in zip(
            ["Lena Frost", "Ravi Mehta", "Oskar Lind"],
            ["Wednesday", "Thursday", "Yesterday"],
            ["8:29 am", "10:58 pm", "7:11 am"],
            SAID,
            strict=False,
        )
    ]
    assert [(a, d) for a, d, _ in _comments(records)] == [
        ("Lena Frost", "Wednesday at 8:29 am"),
        ("Ravi Mehta", "Thursday at 10:58 pm"),
        ("Oskar Lind", "Yesterday at 7:11 am"),
    ]


def test_edited_after_some_dates_leaves_one_list() -> None:
    """ "· Edited" after a date on some records is no other date form."""
    edited = ["", " · Edited", " · Edited", "", ""]
    records = [
        f"{name} · March {3 + k}, 2026 at 9:1{k} am{edited[k]}\n{SAID[k]}\nReply"
        for k, name in enumerate(
            ["Lena Frost", "Ravi Mehta", "Oskar Lind", "Greta Voss", "Bo Sand"]
        )
    ]
    assert [a for a, _, _ in _comments(records)] == [
        "Lena Frost",
        "Ravi Mehta",
        "Oskar Lind",
        "Greta Voss",
        "Bo Sand",
    ]


def test_vote_counts_with_the_reply_button_are_no_teaser_headlines() -> None:
    """ "9 points · Reply" closes each record: the next record stands under an action
    line, not under a teaser's headline."""
    records = [
        f"{name} (Westcliff)\n03/0{3 + k}/2026 21:1{k}\n{SAID[k]}\n{7 + 4 * k} points · Reply"
        for k, name in enumerate(FOUR)
    ]
    found = _comments(records)
    assert [a for a, _, _ in found] == FOUR
    assert found[-1][2] == SAID[3]  # its vote count and the page's footer are not its text


def test_the_article_writer_badge_after_a_middle_dot_is_no_part_of_the_name() -> None:
    records = [
        "Lena Frost\nYesterday at 9:14 pm\n" + SAID[0] + "\nReply",
        "Ana Ruiz · Author\nYesterday at 9:40 pm\n" + SAID[1] + "\nReply",
        "Oskar Lind\nToday at 8:05 am\n" + SAID[2] + "\nReply",
        "Ana Ruiz · Author\nToday at 8:30 am\n" + SAID[3] + "\nReply",
        "Greta Voss\nToday at 9:02 am\n" + SAID[4] + "\nReply",
    ]
    assert [a for a, _, _ in _comments(records)] == [
        "Lena Frost",
        "Ana Ruiz",
        "Oskar Lind",
        "Ana Ruiz",
        "Greta Voss",
    ]


def test_places_in_brackets_after_most_names_are_the_pages() -> None:
    places = ["Westcliff", "North Quay", "Kelpwick", "Westcliff"]
    records = [
        f"{name} ({places[k]}) · 03/0{3 + k}/2026 10:1{k}\n{SAID[k]}\nReply"
        for k, name in enumerate(FOUR)
    ]
    assert [a for a, _, _ in _comments(records)] == FOUR


def test_a_day_without_its_year_under_the_name_is_the_date() -> None:
    """ "#3 · Mar 4": the comment's number and a day with no year."""
    records = [
        f"{name}\n#{k + 1} · Mar {3 + k // 2}\n{SAID[k]}\nResponder\n{k + 2} curtidas"
        for k, name in enumerate(FOUR)
    ]
    assert [(a, d) for a, d, _ in _comments(records)] == [
        ("Lena Frost", "#1 · Mar 3"),
        ("Ravi Mehta", "#2 · Mar 3"),
        ("Oskar Lind", "#3 · Mar 4"),
        ("Greta Voss", "#4 · Mar 4"),
    ]


def test_a_vote_count_the_page_prints_twice_over_a_header_is_no_name() -> None:
    """ "38 points" twice among the page's four vote counts stays a count, though it
    stands right over the next record's header both times."""
    votes = ["38 points", "7 points", "38 points", "4 points"]
    records = [
        f"{name} · March {3 + k}, 2026 at 9:1{k} am\n{SAID[k]}\nReply\n{votes[k]}"
        for k, name in enumerate(FOUR)
    ]
    assert [a for a, _, _ in _comments(records)] == FOUR


def test_a_top_comment_line_over_the_first_name_is_no_name() -> None:
    """ "Top comment" over the first record's name: of the two lines, the one whose
    words open with capitals as the page's other names do is the name."""
    records = [
        f"{name}\n03/0{3 + k}/2026 21:1{k}\n{SAID[k]}\n{k + 2} points\nReply\nShare"
        for k, name in enumerate(FOUR)
    ]
    assert [a for a, _, _ in _comments(["Top comment", *records])] == FOUR


def test_the_comments_number_before_a_dated_line_leaves_it_the_date() -> None:
    """ "#257 · Mar 4, 2026" under the name: a date line after the comment's number."""
    records = [
        f"{name}\n#{257 + k} · Mar {3 + k}, 2026\n{SAID[k]}\nResponder\n{k + 2} curtidas\nVer mais"
        for k, name in enumerate(FOUR)
    ]
    assert [(a, d) for a, d, _ in _comments(records)] == [
        (name, f"#{257 + k} · Mar {3 + k}, 2026") for k, name in enumerate(FOUR)
    ]
