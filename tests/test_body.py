"""Where the body stands: the heaviest run of prose that is the article's."""

from __future__ import annotations

from conftest import FERRY_BODY, parse_text

from reader.model.tables import table_rows

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


def test_a_list_under_the_lead_in_stops_at_the_signature_and_the_copyright() -> None:
    lead = "The night ferries will stop at these piers:"
    piers = ["North Quay, 9:40 pm", "Island pier, 10:20 pm", "Town pier, 11:00 pm"]
    footer = ["Author: Ana Ruiz", "Published: 4 March 2026", "© 2026 Harbour Daily"]
    page = HEADLINE + "\n".join(BODY) + "\n" + lead + "\n" + "\n".join(piers + footer) + "\n"
    assert body_of(page) == [*BODY, lead, *piers]


def test_prose_under_the_reply_form_is_not_the_body() -> None:
    """The comment form's small print and the site's posts under it can outweigh a
    short article: the reply form closes the article above it."""
    form = "Leave a Reply\nYour email address will not be published. Required fields are marked *\n"
    small_print = [
        f"By submitting this form, part {k} of our terms, you agree that the site stores your name, your address and your comment for as long as it needs them."
        for k in range(5)
    ]
    page = HEADLINE + "\n".join(BODY) + "\n" + form + "\n".join(small_print) + "\n"
    assert body_of(page) == BODY


def test_excerpts_cut_short_are_teasers_not_the_body() -> None:
    """The site's other posts, each a title over its first words cut short with […]:
    no paragraph of a body ends so, however many words they hold."""
    posts = "".join(
        f"Pier notes, part {k}\nWhen the harbour master walked the quay on the first morning of spring, number {k}, he counted the boats and the gulls and the […]\n"
        for k in range(6)
    )
    buttons = "Share\nTweet\nEmail\nPrint\nPrevious post\nNext post\nAuthor's column\n"
    assert body_of(HEADLINE + "\n".join(BODY) + "\n" + buttons + posts) == BODY


def test_a_list_item_opening_with_more_is_no_promo_card() -> None:
    items = ["More boats on Sunday evenings", "Later trains at the island station", "Bugs fixed"]
    page = HEADLINE + "\n".join(BODY[:2]) + "\n" + "\n".join(items) + "\n" + "\n".join(BODY[2:])
    assert body_of(page) == [*BODY[:2], *items, *BODY[2:]]
    cards = "More about the harbour and its boats\nLibrary hours cut in budget row\nNew bakery\n"
    assert body_of(HEADLINE + "\n".join(BODY[:2]) + "\n" + cards + "\n".join(BODY[2:])) == BODY


def test_a_short_post_cut_in_two_by_a_code_block_is_one_body() -> None:
    """Two short paragraphs, too light to join a long body's runs, are one body when
    each weighs at least half the other."""
    first = "A small example shows how the interpreter keeps one copy of each small number, which can surprise you."
    code = "import sys\nx = 7\ny = 7\n> x is y\nTrue\nz = 7000\nw = 7000\n> z is w\nFalse\n"
    last = "Note that the answer depends on the version of the interpreter and on how the lines are run."
    page = f"Notes on numbers\nPosted by Ana 21.10.2019\n{first}\n{code}{last}\nPosted by Ana\nTags: Python\n"
    body = body_of(page)
    assert (body[0], body[-1]) == (first, last)


def test_paragraphs_that_end_with_a_handle_are_the_body() -> None:
    """Entries that end with the person's handle, no full stop: long lines of sentences
    are paragraphs all the same."""
    entries = [
        f"Skipper number {k}. She has run the night crossing for {k + 3} years and knows every rock of the channel. Ask her about the fog of the winter storm.  Twitter: @skipper{k}"
        for k in range(1, 6)
    ]
    page = HEADLINE + "\n".join(BODY) + "\n" + "\n".join(entries) + "\nShare\nTweet\nEmail\n"
    assert body_of(page) == [*BODY, *entries]


def test_a_row_of_share_buttons_ends_the_body() -> None:
    buttons = "Share on\nTwitter\nReddit\nEmail\n"
    pitch = (
        "Join the hundreds of readers who get the harbour news delivered to their inbox every week."
    )
    assert body_of(HEADLINE + "\n".join(BODY) + "\n" + buttons + pitch + "\n") == BODY


def test_excerpts_with_their_source_and_a_caption_in_capitals_are_not_paragraphs() -> None:
    """Lines of sentences that end past their last full stop are paragraphs only when
    the end is a few words in lower case: not an excerpt cut short ("… …   Wiki"), not
    a photo's credit in capitals."""
    caption = "The night ferry leaves the island pier. Crews trained for a month before the first crossing. PHOTO COURTESY OF THE HARBOUR BOARD"
    others = "".join(
        f"Ferry {k} — A boat that crosses a strait and carries people and cars on a schedule. It sails from a pier. Often at night… …   Wiki {k}\n"
        for k in range(4)
    )
    page = HEADLINE + caption + "\n" + "\n".join(BODY) + "\nLook at other dictionaries:\n" + others
    assert body_of(page) == BODY


def test_a_photo_label_over_its_credit_is_a_caption() -> None:
    run = "Mara Quint\nPhoto:\nHarbour Board archive\nAccount: @maraquint\n"
    page = HEADLINE + "\n".join(BODY[:2]) + "\n" + run + "\n".join(BODY[2:])
    article = parse_text(page).article
    assert [b.text for b in article.blocks if b.kind.value == "caption"] == [
        "Photo: Harbour Board archive"
    ]
    assert body_of(page) == [*BODY[:2], "Mara Quint", "Account: @maraquint", *BODY[2:]]


def test_a_subhead_on_the_articles_subject_over_a_list_closes_the_body() -> None:
    """Under the last paragraph, a subhead that shares a word with the headline over a
    list of lines one under the other: the article's own list (the tour's dates), not
    the site's."""
    head = "Night ferries: the summer timetable"
    times = [
        "June 1 - North Quay, 9:40 pm",
        "June 2 - Island pier, 10:20 pm",
        "June 3 - Town pier, 11:00 pm",
    ]
    page = HEADLINE + "\n".join(BODY) + "\n\n" + head + "\n\n" + "\n".join(times) + "\n\nShare\n"
    blocks = parse_text(page).article.blocks
    assert [b.text for b in blocks if b.kind.value == "heading"] == [head]
    assert body_of(page) == [*BODY, *times]
    teasers = f"{head}\n" + "\n".join(times)  # the first of a list, no subhead
    assert body_of(HEADLINE + "\n".join(BODY) + "\n\n" + teasers + "\n\nShare\n") == BODY
    other = "Popular this week"
    page = HEADLINE + "\n".join(BODY) + "\n\n" + other + "\n\n" + "\n".join(times) + "\n\nShare\n"
    assert body_of(page) == BODY


def test_the_table_a_paragraph_leads_into_is_part_of_the_body() -> None:
    """A short opening paragraph ends with a colon over a long table: the table, and the
    paragraph over it, belong to the body, however far the table runs."""
    table = "\n".join(f"{k}    Boat number {k}    {40 - k}    {k % 3}" for k in range(1, 15))
    page = (
        "Home\nNews\nFerries\nFerry standings after the spring season\nMarch 4, 2026\n"
        "The table of the season's ferries, by points:\n\n"
        f"Pos.    Boat    Points    Wins\n{table}\n\n" + "\n".join(BODY) + "\n"
    )
    blocks = parse_text(page).article.body()
    body = [b.text for b in blocks]
    assert body[0] == "The table of the season's ferries, by points:"
    rows = table_rows(blocks[1]) or []  # the table's 15 rows: one block of the body
    assert len(rows) == 15 and ["3", "Boat number 3", "37", "0"] in rows
    assert body[-len(BODY) :] == BODY
    assert parse_text(page).article.title == "Ferry standings after the spring season"


def test_the_sites_pitch_under_the_article_is_no_paragraph_of_it() -> None:
    """The site asks for the reader under the story (its newsletter, its app): a promo,
    not the article's last paragraph."""
    pitch = "Get the latest harbour news delivered to your inbox with our free daily newsletter."
    article = parse_text(HEADLINE + "\n".join(BODY) + f"\n{pitch}\n").article
    assert [b.text for b in article.body()] == BODY
    assert any(b.text == pitch and b.kind.value == "promo" for b in article.blocks)


def test_a_list_inside_the_body_stays_a_list() -> None:
    """The dates a paragraph leads into, in the middle of the body, are items of its list,
    not captions, whatever brackets they hold."""
    dates = [
        "June 9 -- Quay Hall (formerly the Fish Market), Port Mara",
        "June 10 -- Harbour Arena, Port Mara",
        "June 14 -- Town Pier Stage (Photo Credit Union Pavilion), Island Pier",
    ]
    page = (
        HEADLINE + "\n".join(BODY[:2]) + "\nThese are the dates of the ferry's summer concerts:\n"
    )
    page += "\n".join(dates) + "\n\n" + "\n".join(BODY[2:]) + "\n"
    body = body_of(page)
    assert body == [
        *BODY[:2],
        "These are the dates of the ferry's summer concerts:",
        *dates,
        *BODY[2:],
    ]


def test_a_table_inside_the_article_is_part_of_its_body() -> None:
    """A table the copy gives as rows of cells with tabs between, under a subhead and
    longer than any gap a run of prose may hold: its rows are the article's, and the
    paragraphs above and under it one body."""
    rows = "\n".join(f"Boat {k}\t{k % 4} wins\t{40 - k} points" for k in range(1, 13))
    page = (
        "Home\nNews\nFerries\nFerry standings after the spring season\nMarch 4, 2026\n"
        "The island ferries raced every Sunday in April, and the results are in.\n"
        "Standings\nBoat\tWins\tPoints\n" + rows + "\n" + "\n".join(BODY) + "\n"
    )
    body = body_of(page)
    assert "Boat 3    3 wins    37 points" in body
    assert body[-len(BODY) :] == BODY
    assert parse_text(page).article.title == "Ferry standings after the spring season"


def test_the_sites_pitches_in_the_header_and_between_paragraphs_are_promos() -> None:
    """Under the headline, and in a run of short lines between two paragraphs: the
    site's alerts, its social pages and its channel are no part of the article."""
    alerts = (
        "Get breaking news alerts from the harbour desk. The stories that matter, every morning."
    )
    follow = "Follow the Harbour Daily on Facebook and Instagram"
    channel = "Never miss a crossing: watch the latest ferry videos on YouTube"
    page = (
        "Harbour board approves night ferries for the summer season\n"
        f"{alerts}\nBy Ana Ruiz\nMarch 4, 2026\n"
        + "\n".join(BODY[:2])
        + f"\n{follow}\n{channel}\n"
        + "\n".join(BODY[2:])
        + "\n"
    )
    article = parse_text(page).article
    assert [b.text for b in article.body()] == BODY
    promos = [b.text for b in article.blocks if b.kind.value == "promo"]
    assert promos == [alerts, follow, channel]


def test_a_short_last_paragraph_that_quotes_someone_is_the_articles() -> None:
    """A quote with its say-verb under the last long paragraph, however short, is the
    article's last paragraph (not the page's furniture under it), and its quote is read."""
    last = "“Not before June,” she said."
    article = parse_text(HEADLINE + "\n".join(BODY) + f"\n{last}\n").article
    assert [b.text for b in article.body()] == [*BODY, last]
    assert any(q.text.startswith("Not before June") for q in article.quotes)


def test_a_paragraph_whose_quote_closes_with_an_opening_mark_is_the_articles() -> None:
    """A paragraph whose last quote closes with the wrong mark (“…now.“) still ends a
    sentence: a paragraph between the others, its quotes read."""
    odd = (
        "In a letter to the board, the ferry crews wrote that “the late boats will need a"
        " second deckhand on every crossing, and we cannot find one before the summer.“"
    )
    page = HEADLINE + "\n".join(BODY[:2]) + f"\n{odd}\n" + "\n".join(BODY[2:]) + "\n"
    article = parse_text(page).article
    assert [b.text for b in article.body()] == [*BODY[:2], odd, *BODY[2:]]
    assert any(q.text.startswith("the late boats") for q in article.quotes)


def test_a_tables_rows_that_open_on_a_name_and_a_time_are_no_comments() -> None:
    """A timetable whose first cell is a word and whose next cells are times reads like
    comments' heads (a name, a time): its cells hold no sentence, so they are the
    article's rows, and the paragraphs under it its body, not a comment's text."""
    rows = [f"{name}\t{h}:00\t{h + 1}:15\t£{h}.50" for h, name in ((6, "Oskar"), (9, "Greta"))]
    rows += ["Lena\t13:00\t14:15\t£6.50", "Bram\t17:00\t18:15\t£7.50"]
    page = (
        "Home\nNews\nFerries\nThe summer crossings start on Monday\nMarch 4, 2026\n"
        + "\n".join(BODY[:2])
        + "\nBoat\tDeparts\tArrives\tFare\n"
        + "\n".join(rows)
        + "\n"
        + "\n".join(BODY[2:])
        + "\n"
    )
    article = parse_text(page).article
    assert article.comments == []
    body = body_of(page)
    assert body[-len(BODY[2:]) :] == BODY[2:]
