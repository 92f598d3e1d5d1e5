"""@mentions and dates in threading: pages written for these tests (fictional)."""

from __future__ import annotations

from conftest import parse_text

from reader.analysis.threads.reply_order import comment_time
from reader.model import Article

ARTICLE = """Harbour wall repairs to close the north quay for a month

The works begin after the spring tides, the port authority says

Today, 7:10 am

KELPWICK (Coastline Press) — The north quay will close for four weeks while the harbour wall is rebuilt, the port authority said on Monday.

"""


def _page(*comments: tuple[str, str, str]) -> Article:
    text = ARTICLE + f"{len(comments)} Comments\n\n"
    for author, when, said in comments:
        text += f"{author} says:\n{when}\n\n{said}\n\nReply\n\n"
    return parse_text(text + "Leave a Reply\n").article


def _parents(article: Article) -> dict[int, int | None]:
    return {c.number: c.parent for c in article.comments}


def test_a_first_name_mention_skips_the_writer_of_the_same_first_name() -> None:
    # "@Rosa" written by Rosa Venn can only mean the other Rosa, however often either
    # has written before.
    article = _page(
        ("Rosa Lind", "May 4, 2026 at 9:00 am", "Will the ferry still land at the quay?"),
        ("Rosa Venn", "May 4, 2026 at 9:10 am", "The quay has needed this for years."),
        ("Rosa Venn", "May 4, 2026 at 9:20 am", "And the lighting on it is poor."),
        ("Rosa Venn", "May 4, 2026 at 9:30 am", "@Rosa it lands at the south steps."),
    )
    assert _parents(article) == {1: None, 2: None, 3: None, 4: 1}


def test_a_date_line_with_its_clock_reads_as_the_whole_line_does() -> None:
    days: dict[str, tuple[str | None, bool]] = {}
    lines = [
        "March 1, 2021 at 12:04 am",
        "March 1, 2021 at 11:59 pm",
        "1 March 2021, 9:15 a.m.",
        "Posted 03/01/2021 at 7:05 PM",
        "Today at 3:04 pm",
        "10:02 am, March 2, 2021 at 3:04 pm",
        "2021-03-02 12:30 pm",
    ]
    for line in lines * 2:  # the second time from what the first left in ``days``
        assert comment_time(line, days) == comment_time(line)
    assert comment_time(lines[1], days) == ("2021-03-01", 23 * 60 + 59)
    assert comment_time(lines[5], days) == ("2021-03-02", 10 * 60 + 2)  # the first clock
