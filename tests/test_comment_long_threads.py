"""Long comment threads: the same people writing again and again, dates by the day
repeated hundreds of times, older comments loaded later in another date form."""

from __future__ import annotations

from comment_texts import ARTICLE
from conftest import parse_text
from layout_pages_helper import DEV, page, score
from properties import every_line_once

WORDS = ["quay", "ferry", "tide", "lamp", "pier", "crew", "fog", "gull", "rope", "buoy"]
PEOPLE = ["Lena Frost", "Ravi Mehta", "Oskar Lind", "Greta Voss", "Femi Okafor"]


def _said(k: int) -> str:
    """A comment's own sentence, no two alike."""
    return f"The {WORDS[k % 10]} and the {WORDS[k // 10 % 10]} need {k + 3} more days."


def _authors(text: str) -> list[str | None]:
    return [c.author for c in parse_text(text).article.comments]


def test_a_name_the_page_repeats_far_less_than_its_actions_is_a_name() -> None:
    """Five people write forty comments: each name stands eight times, over a date,
    and "Reply" under each comment forty times; the names are no action lines."""
    records = [
        f"{PEOPLE[k % 5]}\n{40 - k} hours ago\n{_said(k)}\nReply · Share\nLike" for k in range(40)
    ]
    text = ARTICLE + "Comments\n" + "\n".join(records) + "\n"
    assert _authors(text) == [PEOPLE[k % 5] for k in range(40)]


def test_one_writer_twice_on_one_day_is_two_comments_where_dates_are_days() -> None:
    """Dates by the day alone tell no comment from another: the same name and day on two
    records is a second comment, not a copy of the first pasted into a reply."""
    records = [f"{PEOPLE[k % 3]} | 0{3 + k // 4}/03/2026\n{_said(k)}\nReply" for k in range(12)]
    text = ARTICLE + "Comments\n" + "\n".join(records) + "\n"
    assert _authors(text) == [PEOPLE[k % 3] for k in range(12)]


def test_older_comments_loaded_later_in_another_date_form_stay_in_the_thread() -> None:
    """After "Load more comments" the page dates its older comments "Mar 2, 2026" where
    it said "3 hours ago": one thread, every comment read."""
    newer = [f"{PEOPLE[k % 5]}\n{k + 1} hours ago\n{_said(k)}\nReply" for k in range(4)]
    older = [f"{PEOPLE[k % 5]}\nMar {k - 3}, 2026\n{_said(k)}\nReply" for k in range(4, 12)]
    text = ARTICLE + "Comments\n" + "\n".join([*newer, "Load more comments", *older]) + "\n"
    assert _authors(text) == [PEOPLE[k % 5] for k in range(12)]


def test_two_thousand_comments_loaded_in_pages_are_all_read_and_no_line_lost() -> None:
    """A generated thread of 2,000 comments by 200 people, "Load more comments" after
    every 250, dates in another form after the first load (bench/layout_pages.py)."""
    made = page(DEV[0], 1, count=2000, loads=250)
    document = parse_text(made.text)
    every_line_once(document, made.text)
    found = score(made)
    assert (len(document.article.comments), found.authors, found.texts) == (2000, 2000, 2000)
