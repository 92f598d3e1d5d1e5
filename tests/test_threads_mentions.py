"""Replies in threading: @mentions, short and partial quotes, quotes of the article, and
comment dates. Pages written for these tests (fictional)."""

from __future__ import annotations

from conftest import parse_text

from reader.analysis.threads.reply_order import comment_time
from reader.model import Article, BlockKind
from reader.sources import demo_source, parse_source

ARTICLE = """Harbour wall repairs to close the north quay for a month

The works begin after the spring tides, the port authority says

Today, 7:10 am

KELPWICK (Coastline Press) — The north quay will close for four weeks while the harbour wall is rebuilt, the port authority said on Monday.

Fishing boats will moor at the south steps until the work is done. The island ferry keeps its timetable.

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


def _numbered(*comments: str) -> Article:
    text = ARTICLE + f"{len(comments)} Comments / {len(comments)} Comments\n\n"
    for number, said in enumerate(comments, start=1):
        first, *rest = said.split("\n\n")
        text += f"  {number}. {first}\n\n" + "".join(f"    {more}\n\n" for more in rest)
    return parse_text(text).article


def _quotes(article: Article, number: int) -> list[tuple[str, int | None]]:
    blocks = article.comments[number - 1].blocks
    return [(b.text, b.source_comment) for b in blocks if b.kind is BlockKind.QUOTE]


def _evidence(article: Article, number: int) -> list[tuple[str, int, str]]:
    return [(e.kind, e.comment, e.matched) for e in article.comments[number - 1].reply_evidence]


ROSA_SAYS_NONSENSE = (
    ("Rosa Lind", "May 4, 2026 at 9:00 am", "Nonsense. The wall was patched in 1990 and held."),
    ("Cal Dunn", "May 4, 2026 at 9:10 am", "The car park is the real problem here."),
    ("Rosa Lind", "May 4, 2026 at 9:20 am", "And the lighting on the quay is poor at night."),
    ("Ben Ash", "May 4, 2026 at 9:30 am", "@Rosa Lind\n\nNonsense.\n\nIt was rebuilt in 1990."),
)


def test_a_one_word_sentence_quoted_under_a_mention_answers_the_comment_it_stands_in() -> None:
    # Rosa's latest comment is 3, but the reply quotes her "Nonsense." of comment 1.
    article = _page(*ROSA_SAYS_NONSENSE)
    assert _parents(article) == {1: None, 2: None, 3: None, 4: 1}
    assert _quotes(article, 4) == [("Nonsense.", 1)]
    assert _evidence(article, 4) == [("mention", 1, "Rosa Lind"), ("quote", 1, "Nonsense.")]


def test_a_one_word_quote_on_an_unsigned_page_finds_its_comment_and_names_its_writer() -> None:
    article = _numbered(*(said for _, _, said in ROSA_SAYS_NONSENSE))
    assert _parents(article) == {1: None, 2: None, 3: None, 4: 1}
    assert article.comments[0].author == "Rosa Lind"  # what the mention calls its writer


def test_a_short_line_that_is_the_reply_itself_is_no_quote() -> None:
    # "Nonsense." closing the reply is the replier's own word: the mention decides (3).
    comments = [
        *ROSA_SAYS_NONSENSE[:3],
        ("Ben Ash", "May 4, 2026 at 9:30 am", "@Rosa Lind\n\nNonsense."),
    ]
    article = _page(*comments)
    assert _parents(article)[4] == 3
    assert _quotes(article, 4) == []


def test_part_of_a_line_quoted_under_a_mention_is_a_reply_to_that_line() -> None:
    article = _page(
        (
            "Rosa Lind",
            "May 4, 2026 at 9:00 am",
            "I think the harbour board should resign, frankly.",
        ),
        ("Cal Dunn", "May 4, 2026 at 9:10 am", "The board meets again on Thursday evening."),
        ("Rosa Lind", "May 4, 2026 at 9:20 am", "The quay lights were fixed last year."),
        (
            "Ben Ash",
            "May 4, 2026 at 9:30 am",
            "@Rosa\n\nthe harbour board should resign\n\nWho then?",
        ),
    )
    assert _parents(article)[4] == 1
    assert _quotes(article, 4) == [("the harbour board should resign", 1)]


def test_two_commenters_called_sam_the_quoted_line_decides() -> None:
    article = _page(
        ("Sam Reed", "May 4, 2026 at 9:00 am", "Nonsense. Nobody uses the north quay in winter."),
        ("Sam Ortiz", "May 4, 2026 at 9:10 am", "Rubbish. The ferry lands there twice a day."),
        ("Ben Ash", "May 4, 2026 at 9:30 am", "@Sam\n\nRubbish.\n\nI watch it land every morning."),
        ("Ada Moss", "May 4, 2026 at 9:40 am", "@Sam\n\nNonsense.\n\nThe trawlers tie up there."),
        ("Ida Holm", "May 4, 2026 at 9:50 am", "@Sam which of you lives on the quay?"),
    )
    assert _parents(article) == {1: None, 2: None, 3: 2, 4: 1, 5: None}


def test_two_commenters_called_sam_the_echo_decides() -> None:
    article = _page(
        ("Sam Reed", "May 4, 2026 at 9:00 am", "The north quay is empty all winter long."),
        ("Sam Ortiz", "May 4, 2026 at 9:10 am", "Ferries land at the north quay twice a day."),
        ("Ben Ash", "May 4, 2026 at 9:30 am", "@Sam\n\nThe north quay is empty\n\nNot at dawn."),
    )
    assert _parents(article)[3] == 1


def _article_block(article: Article, text: str) -> str:
    return next(b.id for b in article.blocks if b.text.startswith(text))


def test_a_line_quoting_the_article_is_a_quote_of_its_paragraph() -> None:
    article = _page(
        (
            "Rosa Lind",
            "May 4, 2026 at 9:00 am",
            "Fishing boats will moor at the south steps until the work is done.\n\n"
            "And where will the visitors park?",
        ),
        ("Cal Dunn", "May 4, 2026 at 9:10 am", "On the old ferry ramp, I expect."),
    )
    blocks = [b for b in article.comments[0].blocks if b.kind is not BlockKind.META][:2]
    paragraph = _article_block(article, "Fishing boats")
    assert [(b.kind, b.source_block) for b in blocks] == [
        (BlockKind.QUOTE, paragraph),
        (BlockKind.PARAGRAPH, None),
    ]


def test_article_words_in_quotation_marks_link_the_line_to_their_paragraph() -> None:
    article = _page(
        ("Rosa Lind", "May 4, 2026 at 9:00 am", "So it “keeps its timetable” all month?"),
        ("Cal Dunn", "May 4, 2026 at 9:10 am", "On the old ferry ramp, I expect."),
    )
    block = next(b for b in article.comments[0].blocks if b.kind is BlockKind.PARAGRAPH)
    assert block.source_block == _article_block(article, "Fishing boats")


def test_two_comments_quoting_one_article_line_answer_the_article_not_each_other() -> None:
    quoted = "The island ferry keeps its timetable."
    article = _page(
        ("Rosa Lind", "May 4, 2026 at 9:00 am", f"{quoted}\n\nGood news for the day trippers."),
        ("Cal Dunn", "May 4, 2026 at 9:10 am", f"{quoted}\n\nNot on Sundays it does not."),
    )
    assert _parents(article) == {1: None, 2: None}
    assert [b.source_comment for b in article.comments[1].blocks] == [None] * 5


def test_the_demo_comment_quoting_back_garden_links_the_body_paragraph() -> None:
    article = parse_source(demo_source()).article
    linked = [b for b in article.comments[6].blocks if b.source_block]
    assert len(linked) == 1 and linked[0].kind is BlockKind.PARAGRAPH
    paragraph = article.block(linked[0].source_block or "")
    assert paragraph is not None and "“back garden,”" in paragraph.text


def test_a_line_saying_what_the_reply_answers_names_its_parent() -> None:
    # "In reply to Name" and "Replying to @Name" over the reply's text: a mention.
    article = _page(
        ("Rosa Lind", "May 4, 2026 at 9:00 am", "The quay should stay open for the trawlers."),
        ("Cal Dunn", "May 4, 2026 at 9:10 am", "The car park is the real problem here."),
        ("Ben Ash", "May 4, 2026 at 9:20 am", "In reply to Rosa Lind\n\nThey can use the steps."),
        ("Ida Holm", "May 4, 2026 at 9:30 am", "Replying to @Cal Dunn\n\nIt is full by nine."),
    )
    assert _parents(article) == {1: None, 2: None, 3: 1, 4: 2}


def test_a_mention_of_a_handle_answers_the_writer_shown_with_it() -> None:
    text = ARTICLE + (
        "Comments\n\n"
        "Lena Frost @lenafrost · 2d\n\nThe quay should stay open for the trawlers.\n\nReply\n\n"
        "Ravi Mehta @ravi_m · 1d\n\nThe car park is the real problem here.\n\nReply\n\n"
        "Oskar Lind @oskar · 5h\n\n@lenafrost the trawlers can use the steps.\n\nReply\n\n"
        "Mira Holm @mholm · 2h\n\nReplying to @ravi_m\n\nIt is full by nine.\n\nReply\n\n"
    )
    assert _parents(parse_text(text).article) == {1: None, 2: None, 3: 1, 4: 2}


def test_a_mention_run_on_into_the_replys_words_answers_the_name_it_opens_with() -> None:
    # "@Rosa Lind In my view": the mention reads "Rosa Lind In"; its first words name
    # a commenter whole. "@Sam Reed" names nobody here: never Sam Ortiz by its "Sam".
    article = _page(
        ("Rosa Lind", "May 4, 2026 at 9:00 am", "The quay should stay open for the trawlers."),
        ("Sam Ortiz", "May 4, 2026 at 9:10 am", "The car park is the real problem here."),
        ("Ben Ash", "May 4, 2026 at 9:20 am", "@Rosa Lind In my view the steps will do."),
        ("Ida Holm", "May 4, 2026 at 9:30 am", "@Sam Reed Ferries land there twice a day."),
    )
    assert _parents(article) == {1: None, 2: None, 3: 1, 4: None}


def test_a_mention_followed_by_a_day_or_month_names_the_commenter_it_opens_with() -> None:
    # "@Rosa Sunday trips…": "Sunday" opens the reply's sentence, it is no surname.
    article = _page(
        ("Rosa Lind", "May 4, 2026 at 9:00 am", "The quay should stay open for the trawlers."),
        ("Ben Ash", "May 4, 2026 at 9:20 am", "@Rosa Sunday trawlers can use the steps."),
        ("Ida Holm", "May 4, 2026 at 9:30 am", "@Rosa March is too late for the repairs."),
        ("Brian Hale", "May 4, 2026 at 9:40 am", "The steps flood at every spring tide."),
        ("Brian May", "May 4, 2026 at 9:50 am", "Only for an hour or so."),
        ("Tove Strand", "May 4, 2026 at 9:55 am", "@Brian May I think an hour is plenty."),
    )
    # a commenter whose surname is such a word is still named whole
    assert _parents(article) == {1: None, 2: 1, 3: 1, 4: None, 5: None, 6: 5}


def test_two_commenters_called_sam_an_echo_after_the_mention_on_its_line_decides() -> None:
    # "@Sam The north quay is empty? Not at dawn.": after the mention, the reply repeats
    # how Sam Reed's comment opens; each Sam's opening decides its own reply.
    article = _page(
        ("Sam Reed", "May 4, 2026 at 9:00 am", "The north quay is empty all winter long."),
        ("Sam Ortiz", "May 4, 2026 at 9:10 am", "The ferries land there twice a day."),
        ("Ben Ash", "May 4, 2026 at 9:30 am", "@Sam The north quay is empty? Not at dawn."),
        ("Ida Holm", "May 4, 2026 at 9:40 am", "@Sam The ferries land there? Rarely."),
    )
    assert _parents(article) == {1: None, 2: None, 3: 1, 4: 2}
