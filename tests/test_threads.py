"""Comment threads rebuilt from flat comments: pages written for these tests (fictional)."""

from __future__ import annotations

from conftest import parse_text
from test_nothing_lost import assert_nothing_lost

from reader.analysis.threads import build_threads, thread_order
from reader.model import Article, BlockKind, Comment

ARTICLE = """Marram Isle ferry timetable draws complaints from early commuters

Islanders say the new schedule ‘leaves the dawn shift stranded’ on the quay

Today, 7:10 am

MARRAM (Coastline Press) — The island council changed the ferry timetable on Monday, and commuters say the first sailing now leaves too late for the mainland shifts.

“We were not asked, and we were not told,” said Ada Brook, a nurse who crosses every morning.

"""

NEWEST_FIRST = (
    ARTICLE
    + """5 Comments / 5 Comments

  1. @Piet Sandoval

    Then who wrote the survey questions, and why did nobody check them?

    The council never read its own survey.

    The questions were written by a consultant from the mainland, as the minutes show.

  2. @Gus Harlow thanks for the link, I will read it tonight.

  3. @Nora Quill

    The council never read its own survey.

    Then who wrote the survey questions, and why did nobody check them?

  4. The night sailing should never have been cut in the first place.

  5. The council never read its own survey. Half the island answered it and the result was ignored.
"""
)

OLDEST_FIRST = (
    ARTICLE
    + """4 Comments / 4 Comments

  1. I worry that the tolls on the new crossing will be higher than the council admits.

  2. Is the new bridge worth the money when the old one still carries the traffic?

  3. Is the new bridge worth the money? Yes, because the old one fails its inspection every winter.

  4. @Lena Fisk

    I worry

    The tolls are set by the province, not by the council, so they cannot hide them.
"""
)

SAYS = (
    ARTICLE
    + """5 thoughts on “Marram Isle ferry timetable draws complaints from early commuters”

Will Archer says:
March 3, 2026 at 9:00 am

The ferry was late again this morning and nobody said why.

Reply

Will Brandt says:
March 3, 2026 at 9:30 am

Mine was on time, but the car deck was full.

Reply

Tessa Moor says:
March 3, 2026 at 10:00 am

@Will Brandt the car deck is always full on Mondays.

Reply

Jon Pell says:
March 3, 2026 at 10:15 am

@Will which sailing do you mean?

Reply

Ola Berg says:
March 3, 2026 at 11:00 am

Will Archer says:
March 3, 2026 at 9:00 am
The ferry was late again this morning and nobody said why.
==========
Late every morning this week, in fact.

Reply

Leave a Reply
"""
)


def _article(text: str) -> Article:
    return parse_text(text).article


def _tree(article: Article) -> dict[int, int | None]:
    return {c.number: c.parent for c in article.comments}


def _quotes(comment: Comment) -> list[tuple[str, int | None]]:
    return [(b.text, b.source_comment) for b in comment.blocks if b.kind is BlockKind.QUOTE]


def test_newest_first_page_is_detected_and_replies_answer_later_numbers() -> None:
    article = _article(NEWEST_FIRST)
    assert article.comment_order == "newest-first"
    assert _tree(article) == {1: 3, 2: None, 3: 5, 4: None, 5: None}


def test_reply_to_a_reply_quoting_a_quote_cites_the_original_for_each_line() -> None:
    article = _article(NEWEST_FIRST)
    reply = article.comments[0]
    assert _quotes(reply) == [
        ("Then who wrote the survey questions, and why did nobody check them?", 3),
        ("The council never read its own survey.", 5),  # 3 quoted it from 5
    ]
    assert [(e.kind, e.comment) for e in reply.reply_evidence] == [
        ("mention", 3),
        ("quote", 3),
        ("quote", 3),
    ]
    # The answer is the reply's own words, not a quote.
    assert reply.blocks[-1].kind is BlockKind.PARAGRAPH


def test_a_mention_over_a_quote_names_the_quoted_writer() -> None:
    article = _article(NEWEST_FIRST)
    authors = {c.number: c.author for c in article.comments}
    assert authors == {1: None, 2: None, 3: "Piet Sandoval", 4: None, 5: "Nora Quill"}


def test_a_mention_of_someone_not_in_the_thread_links_nothing() -> None:
    comment = _article(NEWEST_FIRST).comments[1]
    assert comment.mentions == ["Gus Harlow"]
    assert comment.parent is None
    assert comment.reply_evidence == []


def test_thread_order_reads_oldest_thread_first_with_depths() -> None:
    order = [(c.number, depth) for c, depth in thread_order(_article(NEWEST_FIRST))]
    assert order == [(5, 0), (3, 1), (1, 2), (4, 0), (2, 0)]


def test_oldest_first_page_with_echoes_of_opening_words() -> None:
    article = _article(OLDEST_FIRST)
    assert article.comment_order == "oldest-first"
    assert _tree(article) == {1: None, 2: None, 3: 2, 4: 1}
    echo = article.comments[2].reply_evidence
    assert [(e.kind, e.comment, e.matched) for e in echo] == [
        ("echo", 2, "Is the new bridge worth the money?")
    ]
    reply = article.comments[3]
    assert [(e.kind, e.comment, e.matched) for e in reply.reply_evidence] == [
        ("mention", 1, "Lena Fisk"),
        ("echo", 1, "I worry"),
    ]
    assert _quotes(reply) == [("I worry", 1)]
    assert article.comments[0].author == "Lena Fisk"


def test_shown_authors_resolve_mentions_and_a_shared_first_name_stays_unresolved() -> None:
    article = _article(SAYS)
    assert [c.author for c in article.comments] == [
        "Will Archer",
        "Will Brandt",
        "Tessa Moor",
        "Jon Pell",
        "Ola Berg",
    ]
    assert article.comment_order == "oldest-first"
    tree = _tree(article)
    assert tree[3] == 2  # "@Will Brandt"
    assert tree[4] is None  # "@Will": Archer or Brandt, nobody can tell
    assert [(e.kind, e.matched) for e in article.comments[2].reply_evidence] == [
        ("mention", "Will Brandt")
    ]


def test_a_pasted_comment_with_its_header_is_a_quote_not_a_new_comment() -> None:
    article = _article(SAYS)
    assert len(article.comments) == 5
    reply = article.comments[4]
    assert reply.parent == 1
    assert _quotes(reply) == [
        ("Will Archer says:", 1),
        ("March 3, 2026 at 9:00 am", 1),
        ("The ferry was late again this morning and nobody said why.", 1),
    ]
    own = [b.text for b in reply.blocks if b.kind is BlockKind.PARAGRAPH]
    assert own == ["==========", "Late every morning this week, in fact."]


def test_every_line_stays_in_exactly_one_block() -> None:
    article = _article(NEWEST_FIRST)
    assert len(article.comments) == 5
    assert_nothing_lost(NEWEST_FIRST.encode(), "newest-first")


def test_no_comments_and_rebuilding_twice_are_harmless() -> None:
    article = _article(ARTICLE)
    build_threads(article)
    assert article.comments == [] and article.comment_order is None
    threaded = _article(NEWEST_FIRST)
    build_threads(threaded)
    assert _tree(threaded) == {1: 3, 2: None, 3: 5, 4: None, 5: None}
    assert len(threaded.comments[0].reply_evidence) == 3
