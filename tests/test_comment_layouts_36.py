"""Session 36's comment-list rules (issue 13), each relaxing one assumption of the finder.

- A header's slot between the name and the date is the layout's where the page repeats
  it word for word ("Subscriber"), or its form where it holds a number ("Posts: 87"):
  a review's rating ("★★★☆☆") changes its stars from record to record and holds no
  number, so a rating no other record repeats was read as text, and the name over it
  as the tail of the record above. A line of symbols alone between the name and the
  date of most such headers is the header's (comment_counts.formed_lines).
- A line under a record's closing actions is the record's, unless it is a short known
  button: a collapsed thread's summary ("6 replies by Ann Lee and Bo Sand") or a
  timeline's event ("ravi added the bug label 2 days ago") was read as the text of the
  record over it, and the summary made the action over it ("Reply · Share") a name
  that signs several records. Such lines, short, no sentence, with a number, over the
  next header and under some records only, are the page's (comment_between.py).

Each test fails without its part. Texts invented."""

from __future__ import annotations

from comment_texts import ARTICLE, FOUR, PAGE_END, SAID
from comment_texts import comments_listed as _comments
from comment_texts import paragraphs as _said
from layout_pages_helper import DEV, page, score

from reader.ingest.comment_letters import classify
from reader.ingest.lines import to_lines

RATINGS = ["★☆☆☆☆", "★★★★★", "★★★☆☆", "★★★☆☆"]  # the last two alike: the page repeats it
DATES = ["May 2, 2026", "May 2, 2026", "May 3, 2026", "May 4, 2026"]


def test_a_rating_between_the_name_and_the_date_is_the_headers() -> None:
    """Four reviews rated with their stars, two alike: each one's writer is its name,
    its text its own, the rating in no text."""
    records = [
        f"{name}\n{stars}\n{date}\n{said}\nHelpful · Share"
        for name, stars, date, said in zip(FOUR, RATINGS, DATES, SAID, strict=False)
    ]
    found = _comments(records, "Reviews")
    assert [c.author for c in found] == FOUR
    assert [_said(c) for c in found] == [[said] for said in SAID[:4]]


def test_reviews_rated_under_their_names_read_whole() -> None:
    """A page of the benchmark's dev family of ratings under the names (invented text,
    bench/layout_families.py "review-owner-response", no answer on its first page): nine
    reviews, most ratings said once, the article's date in the reviews' form: every
    review found with its writer and exactly its text."""
    family = next(f for f in DEV if f.name == "review-owner-response")
    found = score(page(family, 0))
    assert (found.exact, found.authors, found.texts) == (1, 9, 9)


def test_a_few_emoji_comments_under_their_names_stay_text() -> None:
    """Comments signed over their text, dated under it: two of four are an emoji alone,
    between the name and the date too, and stay what their writers said."""
    texts = ["👍", SAID[1], "🔥🔥", SAID[3]]
    records = [
        f"{name}\n{said}\n{date}\nReply"
        for name, said, date in zip(FOUR, texts, DATES, strict=False)
    ]
    found = _comments(records, "Comments")
    assert [_said(c) for c in found] == [[said] for said in texts]


def _threads(between: list[str]) -> list[str]:
    """Four records, a line of ``between`` (if any) under each one's actions."""
    ages = ["5 hours ago", "4 hours ago", "3 hours ago", "1 hour ago"]
    return [
        f"{name}\n{age}\n{said}\nReply · Share" + (f"\n{line}" if line else "")
        for name, age, said, line in zip(FOUR, ages, SAID, between, strict=False)
    ]


def test_a_threads_summary_under_the_actions_is_no_text() -> None:
    """ "6 replies by Oskar Lind and Greta Voss" under two records' actions: each
    record's text is its own, each writer its name."""
    summaries = ["6 replies by Oskar Lind and Greta Voss", "", "2 replies by Lena Frost", ""]
    found = _comments(_threads(summaries), "4 comments")
    assert [c.author for c in found] == FOUR
    assert [_said(c) for c in found] == [[said] for said in SAID[:4]]


def test_a_timelines_event_between_records_is_no_text() -> None:
    """A tracker's events ("greta added the ferry label 2 days ago") under a comment's
    reactions, over the next comment's header: no comment's text, no comment."""
    logins = ["lena_f", "ravi_m", "oskar_l", "greta_v"]
    ages = ["3 days ago", "2 days ago", "2 days ago", "1 day ago"]
    events = ["greta_v added the ferry label 2 days ago", "", "lena_f closed this 2 days ago"]
    records = [
        f"{login} commented {age}\n{said}\n{n} reactions" + (f"\n{event}" if event else "")
        for login, age, said, n, event in zip(
            logins, ages, SAID, (3, 0, 12, 5), [*events, ""], strict=False
        )
    ]
    found = _comments(records, "Activity")
    assert [c.author for c in found] == logins
    assert [_said(c) for c in found] == [[said] for said in SAID[:4]]


def test_a_numbered_line_over_every_header_stays_the_headers() -> None:
    """A score and a title over each writer's line ("8/10  Worth the money" over "Tove
    Marsh · Kelpwick · DATE"), under the actions of the record above: the header's own
    first line, over every record, not a line between records: no line of them is made
    an action, whether read as a name or not."""
    records = [
        f"{score}  {title}\n{name} · Kelpwick · {date}\n{said}\n{n} found this useful"
        for score, title, name, date, said, n in zip(
            ["8/10", "4/10", "6/10", "9/10"],
            ["Worth the money", "Too dear", "Fine but slow", "Best crossing on the coast"],
            FOUR,
            DATES,
            SAID[:4],
            (3, 11, 0, 5),
            strict=True,
        )
    ]
    lines = to_lines(ARTICLE + "Reader reviews (4)\n" + "\n".join(records) + PAGE_END)
    letters = classify(lines)
    assert "A" not in [letters[k] for k, x in enumerate(lines) if "/10 " in x.text]


NAMES = [*FOUR, "Tove Marsh", "Ines Calloway", "Bram Okafor", "Sela Brandt"]
DATED_MORE = [*DATES, "May 5, 2026", "May 5, 2026", "May 6, 2026", "May 6, 2026"]


def test_a_rating_said_once_among_ratings_the_page_repeats_is_the_headers() -> None:
    """Five reviews, four rated alike (a line the page repeats, an action by that), one
    rated once: the once-said rating is the header's too, and every review is read
    whole, not shifted into a record of a date, a text and the next one's name."""
    ratings = ["★☆☆☆☆", "★★★★☆", "★★★★☆", "★★★★☆", "★★★★☆"]
    records = [
        f"{name}\n{stars}\n{date}\n{said}\nHelpful · Share"
        for name, stars, date, said in zip(NAMES, ratings, DATED_MORE, SAID, strict=False)
    ]
    found = _comments(records, "Reviews")
    assert [c.author for c in found] == NAMES[:5]
    assert [_said(c) for c in found] == [[said] for said in SAID[:5]]


def test_three_emoji_comments_among_eight_stay_text() -> None:
    """Eight comments signed over their text, dated under it, three an emoji alone: three
    lines of symbols between a name and a date, but in fewer than most such headers, so
    they stay what their writers said."""
    texts = ["👍", SAID[0], "🔥🔥", SAID[1], SAID[2], "👏", SAID[3], SAID[4]]
    records = [
        f"{name}\n{said}\n{date}\nReply"
        for name, said, date in zip(NAMES, texts, DATED_MORE, strict=False)
    ]
    found = _comments(records, "Comments")
    assert [c.author for c in found] == NAMES
    assert [_said(c) for c in found] == [[said] for said in texts]
