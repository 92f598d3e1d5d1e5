"""Comment lists found by the repetition of their records, in layouts no rule names."""

from __future__ import annotations

import threading

import pytest
from comment_texts import ARTICLE
from conftest import parse_text
from layout_pages_helper import READ, Family, page, score

from reader.ingest.embedded import split_embedded
from reader.ingest.lines import Line
from reader.model import BlockKind


def comments(text: str) -> list[tuple[str | None, str | None, str]]:
    """(author, date, text of the paragraphs) of each comment."""
    article = parse_text(text).article
    return [
        (
            c.author,
            c.date_text,
            "\n\n".join(b.text for b in c.blocks if b.kind is BlockKind.PARAGRAPH),
        )
        for c in article.comments
    ]


def test_records_with_relative_dates_a_place_and_action_footers() -> None:
    text = ARTICLE + (
        "Comments\n"
        "Lena Frost\nWestcliff\n3 hours ago\nFinally. The last boat at ten was always packed.\n"
        "Reply · Share\nLike · Report\n"
        "Ravi Mehta\n5 hours ago\nWill the buses run that late too?\nReply · Share\nLike · Report\n"
        "Load more replies\n"
        "Oskar Lind\nNorth Quay\n1 day ago\nGood news for the cafés on the pier.\n"
        "They lose half their trade when the boats stop early.\nReply · Share\nLike · Report\n"
        "Load more replies\n"
    )
    assert comments(text) == [
        ("Lena Frost", "3 hours ago", "Finally. The last boat at ten was always packed."),
        ("Ravi Mehta", "5 hours ago", "Will the buses run that late too?"),
        (
            "Oskar Lind",
            "1 day ago",
            "Good news for the cafés on the pier.\n\n"
            "They lose half their trade when the boats stop early.",
        ),
    ]


def test_records_with_day_first_dates_and_footer_words_of_another_language() -> None:
    text = ARTICLE + (
        "Kommentare\n"
        "Greta Voss\n05.03.2026, 10:02 Uhr\nSehr gut, endlich fährt abends noch ein Schiff.\n"
        "Antworten\nMelden\n"
        "Henrik Sell\n05.03.2026, 10:40 Uhr\nUnd im Winter? Da wäre es nötiger.\nAntworten\nMelden\n"
        "Anni Marx\n06.03.2026, 08:15 Uhr\nIm Winter fährt ja kaum jemand.\nAntworten\nMelden\n"
    )
    found = comments(text)
    assert [(author, date) for author, date, _ in found] == [
        ("Greta Voss", "05.03.2026, 10:02 Uhr"),
        ("Henrik Sell", "05.03.2026, 10:40 Uhr"),
        ("Anni Marx", "06.03.2026, 08:15 Uhr"),
    ]
    assert found[1][2] == "Und im Winter? Da wäre es nötiger."  # the footers are no text


def test_records_whose_header_says_name_date_and_said() -> None:
    text = ARTICLE + (
        "3 Responses\n"
        "Rafael Duarte on 5.3.2026 at 10:02 said:\nWho pays for the extra crews?\n"
        "Jo Hemmings on 5.3.2026 at 11:47 said:\nThe board does, from the fireworks money.\n"
        "Mick O'Leary on 6.3.2026 at 08:05 said:\nI hope the noise rules still apply at night.\n"
    )
    assert [(a, d) for a, d, _ in comments(text)] == [
        ("Rafael Duarte", "5.3.2026 at 10:02"),
        ("Jo Hemmings", "5.3.2026 at 11:47"),
        ("Mick O'Leary", "6.3.2026 at 08:05"),
    ]


def test_a_list_of_dated_teasers_is_no_comment_thread() -> None:
    teasers = "More stories\n" + "".join(
        f"{headline}\n{author}\nTuesday March 3, 2026\n{summary}\n"
        for headline, author, summary in [
            ("Lighthouse keepers return to Skerry Head", "Tom Reyes", "The cottages reopen."),
            ("Why the tide came in so fast on Sunday", "Ann Bell", "A spring tide and a gale."),
            ("Bakery on the quay wins a bread award", "Tom Reyes", "Its rye loaf took gold."),
        ]
    )
    article = parse_text(ARTICLE + teasers).article
    assert article.comments == []
    assert len(article.body()) == 4


def test_an_article_between_two_date_lines_is_not_swallowed_by_a_comment() -> None:
    """A masthead date, the article's own date line, then a list of dated teasers:
    no record of them is a comment, least of all one holding the article."""
    page = (
        "Wednesday, March 4, 2026\nNews\nSport\nPodcasts\nNewsletters\n"
        "Harbour board approves night ferries for the summer season\nby Ana Ruiz\n"
        "| March 4, 2026 12:26 PM\n" + "\n".join(ARTICLE.splitlines()[3:]) + "\n"
        "Council delays the tram vote again\nTom Reyes\nTuesday March 3, 2026\n"
        "Councillors said they needed more time to read the report.\n"
        "Library opening hours cut in budget row\nAnn Bell\nTuesday March 3, 2026\n"
        "Branches will close on Mondays from April.\n"
    )
    article = parse_text(page).article
    assert article.comments == []
    assert article.title == "Harbour board approves night ferries for the summer season"
    assert [b.text for b in article.body()][:4] == ARTICLE.splitlines()[3:]


def test_quoted_posts_signed_under_the_text_are_no_comments() -> None:
    """Embedded posts in a body ("— Name (@handle) date") repeat, but they are quotes."""
    body = ARTICLE + (
        "The board's chair posted the news:\n"
        "Night ferries are coming this summer.\n"
        "— Mara Quint (@maraquint) March 4, 2026\n"
        "A ferry captain replied within minutes:\n"
        "Crews are ready. See you at midnight.\n"
        "— Jon Skarra (@skarra) March 4, 2026\n"
        "Island residents have long complained that the last boat leaves too early for "
        "anyone who works in the evening.\n"
    )
    article = parse_text(body).article
    assert article.comments == []


def test_an_article_pasted_after_a_section_label_ends_past_its_start() -> None:
    """A label right over a pasted headline that reads as a question: the pasted
    article's end was once its own start, and the search never moved on."""
    texts = [
        "I read this elsewhere today.",
        "WORLD",
        "Why did the river rise so fast last spring?",
        "By Ann Lee",
        "March 3, 2026",
        "The river rose by two metres in a single night, flooding the lower town.",
        "Engineers blamed the melting snow on the hills above the valley and the rain.",
        "The council said it would study new flood walls for the lower town next year.",
    ]
    lines = [Line(k, text, 0) for k, text in enumerate(texts, start=1)]
    result: list[list[tuple[bool, list[Line]]]] = []
    worker = threading.Thread(target=lambda: result.append(split_embedded(lines)), daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert result, "split_embedded did not return"
    assert [flag for flag, _ in result[0]] == [False, True]
    assert result[0][1][1][0].text == "WORLD"


def test_dated_notes_that_nobody_signs_are_no_comment_thread() -> None:
    changelog = (
        "Timetable changes\n"
        "March 1, 2026\nThe first boat now leaves at six, not half past.\n"
        "March 8, 2026\nSunday boats stop at the north pier again.\n"
        "March 15, 2026\nThe night ferry runs from the first of June.\n"
    )
    assert parse_text(ARTICLE + changelog).article.comments == []


def test_a_thread_mixing_relative_and_calendar_dates_is_one_list() -> None:
    """Recent comments say "2 hours ago", older ones give the date: the two forms
    alternate in a threaded list, so they are one run of records."""
    text = ARTICLE + (
        "Comments\n"
        "Lena Frost\nMarch 4, 2026\nFinally, a late boat.\nReply\n"
        "Ravi Mehta\n2 hours ago\nWill the buses run that late too?\nReply\n"
        "Oskar Lind\nMarch 5, 2026\nGood news for the cafés on the pier.\nReply\n"
        "Mira Holm\n1 hour ago\nThe buses stop at eleven, sadly.\nReply\n"
    )
    assert [a for a, _, _ in comments(text)] == [
        "Lena Frost",
        "Ravi Mehta",
        "Oskar Lind",
        "Mira Holm",
    ]


def test_replies_opening_with_the_same_mention_line_are_comments_of_their_own() -> None:
    """An "@Name" line alone over a reply repeats on the page like "Reply" does, yet it opens
    the reply's text: no action line, and the reply's header stays a header."""
    text = ARTICLE + (
        "\n4 Comments\n\n"
        "Mara Lenz says:\nMarch 5, 2026 at 9:12 am\n\nThe late boat will help the bar staff most.\n\n"
        "Reply\n\n"
        "Tom Ashby says:\nMarch 5, 2026 at 9:40 am\n\n@Mara Lenz\n\nAnd the nurses\n\n"
        "Their shift ends at eleven.\n\nReply\n\n"
        "Ines Vale says:\nMarch 5, 2026 at 10:02 am\n\n@Mara Lenz\n\n"
        "Bar staff can take the night bus already.\n\nReply\n\n"
        "Per Holm says:\nMarch 5, 2026 at 11:30 am\n\nWill the fares go up to pay for it?\n\n"
        "Reply\n\nLeave a Reply\n"
    )
    assert comments(text) == [
        ("Mara Lenz", "March 5, 2026 at 9:12 am", "The late boat will help the bar staff most."),
        (
            "Tom Ashby",
            "March 5, 2026 at 9:40 am",
            "@Mara Lenz\n\nAnd the nurses\n\nTheir shift ends at eleven.",
        ),
        (
            "Ines Vale",
            "March 5, 2026 at 10:02 am",
            "@Mara Lenz\n\nBar staff can take the night bus already.",
        ),
        ("Per Holm", "March 5, 2026 at 11:30 am", "Will the fares go up to pay for it?"),
    ]


def test_a_reply_that_opens_by_quoting_a_few_words_is_a_comment_of_its_own() -> None:
    """A comment of a few words with no full stop, quoted by a reply: the page repeats the
    line, as it repeats "Reply", yet far less often than its actions; it is text, and the
    header over it stays a header."""
    people = ["Mara Lenz", "Tom Ashby", "Ines Vale", "Per Holm", "Lia Berg", "Noor Hadi"]
    texts = [
        "The late boat will help the bar staff most.",
        "Ferries at dawn",
        "Will the fares go up to pay for it?",
        "The night bus is slower but cheaper.",
        "@Tom Ashby\n\nFerries at dawn\n\nNobody takes the first one anyway.",
        "The cafés on the pier will stay open later.",
    ]
    records = [
        f"{name} says:\nMarch 5, 2026 at {9 + k}:12 am\n\n{text}\n\nReply\n\n"
        for k, (name, text) in enumerate(zip(people, texts, strict=True))
    ]
    page = ARTICLE + "\n6 Comments\n\n" + "".join(records) + "Leave a Reply\n"
    texts[4] = "@Tom Ashby\n\nNobody takes the first one anyway."  # and the quote, apart:
    found = [(author, body) for author, _, body in comments(page)]
    assert found == list(zip(people, texts, strict=True))
    reply = parse_text(page).article.comments[4]
    assert [b.text for b in reply.blocks if b.kind is BlockKind.QUOTE] == ["Ferries at dawn"]
    assert reply.parent == 2  # it answers the comment it quotes


def test_feed_headers_dated_by_an_age_with_counts_of_likes_under_each_comment() -> None:
    """ "Name @handle · 2d": an age no date pattern reads alone; "12 likes" changes its
    number from comment to comment, yet it is the same action line each time."""
    text = ARTICLE + (
        "Comments\n"
        "Lena Frost @lenafrost · 2d\nFinally. The last boat at ten was always packed.\n"
        "12 likes\nReply\n"
        "Ravi Mehta @ravi_m · 23h\nWill the buses run that late too?\n3 likes\nReply\n"
        "Oskar Lind @oskarlind · 5h\nGood news for the cafés on the pier.\n0 likes\nReply\n"
    )
    assert comments(text) == [
        ("Lena Frost @lenafrost", "2d", "Finally. The last boat at ten was always packed."),
        ("Ravi Mehta @ravi_m", "23h", "Will the buses run that late too?"),
        ("Oskar Lind @oskarlind", "5h", "Good news for the cafés on the pier."),
    ]


def test_votes_and_a_badge_line_in_records_of_usernames_with_digits() -> None:
    """ "▲ 4 ▼" under each comment is an action whatever its count; a badge under one
    writer's name leaves the name the author; usernames of one stem ("kai71", "kai9")
    are names, not a repeated action."""
    text = ARTICLE + (
        "Comments\n"
        "kai71\nYesterday at 9:14\nThe ferry crews deserve the overtime.\n▲ 4 ▼\nReply\n"
        "mossy_fen\nTop contributor\nYesterday at 10:02\nWho pays for the fuel though?\n"
        "▲ 11 ▼\nReply\n"
        "kai9\nYesterday at 11:40\nThe fireworks money, says the board.\n▲ 0 ▼\nReply\n"
        "kai452\nToday at 8:05\nA late boat on Fridays would do.\n▲ 2 ▼\nReply\n"
    )
    assert comments(text) == [
        ("kai71", "Yesterday at 9:14", "The ferry crews deserve the overtime."),
        ("mossy_fen", "Yesterday at 10:02", "Who pays for the fuel though?"),
        ("kai9", "Yesterday at 11:40", "The fireworks money, says the board."),
        ("kai452", "Today at 8:05", "A late boat on Fridays would do."),
    ]


def test_a_name_of_two_letters_before_the_date_makes_a_header() -> None:
    """ "李娜 | 05/03/2026" holds no more than a date line may, yet its two letters name
    the writer."""
    text = ARTICLE + (
        "Comments\n"
        "Ana Ruiz | 05/03/2026\nThe timetable is on the board's site already.\nReply\n"
        "李娜 | 05/03/2026\nDoes the night boat take bicycles?\nReply\n"
        "Jo | 06/03/2026\nOnly two, the crew told me.\nReply\n"
    )
    assert [(a, d) for a, d, _ in comments(text)] == [
        ("Ana Ruiz", "05/03/2026"),
        ("李娜", "05/03/2026"),
        ("Jo", "06/03/2026"),
    ]


def test_short_lines_under_a_comments_closing_actions_are_buttons_not_text() -> None:
    """ "View 4 replies" or "Load more replies" said once, between a comment's "Reply ·
    Report" and the next header, and replies that open with the same "Replying to @…"
    line (no list of teasers, whose headlines differ)."""
    text = ARTICLE + (
        "Comments\n"
        "Lena Frost · March 5, 2026\nFinally, a late boat.\nReply\nReport\nView 4 replies\n"
        "Ravi Mehta · March 5, 2026\nReplying to @Lena Frost\nWill the buses run that late?\n"
        "Reply\nReport\n"
        "Oskar Lind · March 5, 2026\nReplying to @Lena Frost\nThe cafés will be glad.\n"
        "Reply\nReport\nLoad more replies\n"
        "Mira Holm · March 6, 2026\nReplying to @Lena Frost\nAnd the bar staff.\nReply\nReport\n"
        "About us\n"
    )
    found = parse_text(text).article.comments
    assert [c.author for c in found] == ["Lena Frost", "Ravi Mehta", "Oskar Lind", "Mira Holm"]
    buttons = [[b.text for b in c.blocks if b.kind is BlockKind.BOILERPLATE] for c in found]
    assert buttons == [
        ["Reply", "Report", "View 4 replies"],
        ["Reply", "Report"],
        ["Reply", "Report", "Load more replies"],
        ["Reply", "Report"],
    ]


def test_a_date_over_the_writers_name_wrote() -> None:
    text = ARTICLE + (
        "Comments\n"
        "March 5, 2026\nLena Frost wrote:\nFinally, a late boat.\nReply\n"
        "March 5, 2026\nRavi Mehta wrote:\nWill the buses run that late?\nReply\n"
        "March 6, 2026\nOskar Lind wrote:\nThe cafés will be glad.\nIt was time.\nReply\n"
    )
    assert comments(text) == [
        ("Lena Frost", "March 5, 2026", "Finally, a late boat."),
        ("Ravi Mehta", "March 5, 2026", "Will the buses run that late?"),
        ("Oskar Lind", "March 6, 2026", "The cafés will be glad.\n\nIt was time."),
    ]


@pytest.mark.parametrize("family", READ, ids=lambda f: f.name)
def test_generated_pages_of_each_development_layout_read_right(family: Family) -> None:
    """Pages of bench/comment_layouts.py's development families (invented text): every
    comment found, with its author and exactly its text lines. The held-out families are
    left to the benchmark, and so are the development families no rule was read from yet."""
    for seed in (0, 1):
        made = page(family, seed)
        found = score(made)
        assert (found.exact, found.authors, found.texts) == (1, found.comments, found.comments)


def test_a_badge_the_page_repeats_between_name_and_date_stays_in_the_header() -> None:
    text = ARTICLE + (
        "Comments\n"
        "kai71\nSubscriber\nYesterday at 9:14\nThe ferry crews deserve the overtime.\nReply\n"
        "mossy_fen\nYesterday at 10:02\nWho pays for the fuel though?\nReply\n"
        "ruth_b\nSubscriber\nYesterday at 11:40\nThe fireworks money, says the board.\nReply\n"
        "lowtide\nToday at 8:05\nA late boat on Fridays would do.\nReply\n"
    )
    assert [a for a, _, _ in comments(text)] == ["kai71", "mossy_fen", "ruth_b", "lowtide"]
