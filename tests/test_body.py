"""Where the body stands: the heaviest run of prose that is the article's."""

from __future__ import annotations

from conftest import FERRY_BODY, parse_text

HEADLINE = (
    "Harbour board approves night ferries for the summer season\nBy Ana Ruiz\nMarch 4, 2026\n"
)
BODY = FERRY_BODY.splitlines()


def body_of(page: str) -> list[str]:
    return [b.text for b in parse_text(page).article.body()]


def test_a_ticker_printed_at_the_top_and_the_bottom_is_not_the_body() -> None:
    ticker = " ".join(
        f"Breaking: story number {k} of the day has a long line of words." for k in range(30)
    )
    menu = "\n".join(["Home", "News", "Sport", "Weather", "Contact", "Jobs", "Advertise"])
    page = f"Breaking News\n{ticker}\n{HEADLINE}" + "\n".join(BODY)
    assert body_of(page + f"\n{menu}\nBreaking News\n{ticker}\n") == BODY


def test_a_cookie_notice_under_the_copyright_line_is_not_the_body() -> None:
    notice = [
        f"This website uses cookies of kind {k} to improve your experience while you navigate, and some of them are stored in your browser."
        for k in range(8)
    ]
    page = (
        HEADLINE
        + "\n".join(BODY)
        + "\n© 2026 Harbour Daily\nPrivacy Overview\n"
        + "\n".join(notice)
        + "\n"
    )
    assert body_of(page) == BODY


def test_a_list_of_dated_teasers_with_summaries_is_not_the_body() -> None:
    teasers = "".join(
        f"Council story number {k} makes the news again today\nTom Reyes\nTuesday March 3, 2026\n"
        f"A summary of story {k} that runs to a good number of words, enough to outweigh a short article on its own page.\n"
        for k in range(12)
    )
    menu = "\n".join(["Share", "Tweet", "Email", "Print", "Tags", "Harbour", "Ferries"])
    page = HEADLINE + "\n".join(BODY) + f"\n{menu}\nMore from the Examiner\n" + teasers
    assert body_of(page) == BODY
    assert (
        parse_text(page).article.title
        == "Harbour board approves night ferries for the summer season"
    )


def test_a_body_written_without_spaces() -> None:
    page = (
        "サイトマップ\nお問い合わせ\n港の夜間フェリーが夏に運航へ\n2026-03-04\n"
        "港湾委員会は火曜日、六月から八月まで深夜までフェリーを運航することを決めました。\n"
        "委員会によると、試験運航の費用は花火大会の費用とほぼ同じだということです。\n"
        "最終便は島の桟橋を午後十一時四十分に出発し、町の桟橋を深夜零時に出発します。\n"
    )
    article = parse_text(page).article
    assert article.title == "港の夜間フェリーが夏に運航へ"
    assert len(article.body()) == 3


def test_a_stack_of_teaser_headlines_ends_the_body() -> None:
    """Related stories under the article, each a headline and a one-line summary: the
    body ends where three headlines stand in a row."""
    related = (
        "Related coverage\nWhy the tide came in so fast\nLibrary hours cut in budget row\n"
        "Bakery on the quay wins a bread award\n"
        "The bakery's rye loaf took gold at the national show, its owner said on Monday.\n"
        "Council delays the tram vote again\n"
        "Councillors said they needed more time to read the engineers' report.\n"
    )
    assert body_of(HEADLINE + "\n".join(BODY) + "\n" + related) == BODY


def test_a_list_under_the_bodys_lead_in_belongs_to_it() -> None:
    lead = "The night ferries will stop at these piers:"
    piers = ["North Quay, 9:40 pm", "Island pier, 10:20 pm", "Town pier, 11:00 pm"]
    page = HEADLINE + "\n".join(BODY) + "\n" + lead + "\n" + "\n".join(piers) + "\n\nShare\n"
    assert body_of(page) == [*BODY, lead, *piers]
