"""Who wrote an article and when, read off the lines around its headline and body."""

from __future__ import annotations

from conftest import FERRY_BODY, FERRY_HEADLINE, parse_text

BODY = FERRY_BODY
HEADLINE = FERRY_HEADLINE + "\n"


def test_the_date_under_the_headline_is_the_pages_not_a_teasers_or_the_footers() -> None:
    page = (
        "Wednesday, March 11, 2026\nNews\nSport\n"
        + HEADLINE
        + "By Ana Ruiz\nMarch 4, 2026\n"
        + BODY
        + "Most read\nLibrary hours cut\nMarch 9, 2026\n© 2026 Harbour Daily\n"
    )
    article = parse_text(page).article
    assert article.published == "2026-03-04"
    assert article.authors == ["Ana Ruiz"]


def test_number_dates_are_read_in_the_order_the_page_writes_them() -> None:
    """04/05/2026 is 4 May on a page that also prints 21/06/2026."""
    page = HEADLINE + "By Ana Ruiz\n04/05/2026\n" + BODY + "Next: summer timetable\n21/06/2026\n"
    assert parse_text(page).article.published == "2026-05-04"


def test_by_alone_over_the_name() -> None:
    page = HEADLINE + "By\nOrin K\n-\nMarch 4, 2026\n" + BODY
    assert parse_text(page).article.authors == ["Orin K"]


def test_a_name_alone_over_the_authors_role() -> None:
    page = HEADLINE + "Bruno Y. Lake\nSenior Contributor\nHarbours\n" + BODY
    assert parse_text(page).article.authors == ["Bruno Y. Lake"]


def test_a_name_over_the_date_and_names_that_are_places() -> None:
    page = HEADLINE + "Ilham Darwish, Dunya Kassem\nMarch 4 2026, 3:18 p.m.\n" + BODY
    assert parse_text(page).article.authors == ["Ilham Darwish", "Dunya Kassem"]
    page = "Harbour Board Offices\n" + HEADLINE + "Harbour Board Offices\nby: Nell Osgood\n" + BODY
    assert parse_text(page).article.authors == ["Nell Osgood"]


def test_a_post_signed_under_its_text() -> None:
    page = (
        HEADLINE
        + BODY
        + "Posted by T. V. Ramirez at 2:33 PM, March 4, 2026\nLabels: ferries\n"
        + "Other posts\nWhy the tide came in so fast\nBy Tom Reyes\n"
    )
    article = parse_text(page).article
    assert article.authors == ["T. V. Ramirez"]
    assert article.published == "2026-03-04"


def test_a_teasers_byline_under_the_body_names_no_author() -> None:
    page = (
        HEADLINE + BODY + "Picked for you\nWhy the tide came in so fast\nBy Tom Reyes 2 days ago\n"
    )
    assert parse_text(page).article.authors == []


def test_the_authors_bio_under_the_body_names_the_author() -> None:
    page = (
        HEADLINE
        + BODY
        + "More stories\nWhy the tide came in so fast\n"
        + "Ravi Mehta is a staff writer at the Harbour Daily covering ferries and ports.\n"
    )
    assert parse_text(page).article.authors == ["Ravi Mehta"]
    quoted = (
        HEADLINE
        + "Ruth Ambler is a professor of transport at Eastholm, and she said the plan works.\n"
        + BODY
    )
    assert parse_text(quoted).article.authors == []  # a bio in the body's lead is someone else's


def test_one_name_of_any_first_name_over_the_date_between_headline_and_body() -> None:
    page = HEADLINE + "Zoltan Prex\n- May 2, 2026 9:40 am\n" + BODY
    assert parse_text(page).article.authors == ["Zoltan Prex"]
    page = HEADLINE + "May 2, 2026 Zoltan Prex\nFerries\n" + BODY  # the name after the date
    assert parse_text(page).article.authors == ["Zoltan Prex"]


def test_dated_posts_listed_under_the_headline_are_no_byline() -> None:
    page = (
        HEADLINE
        + "Recent posts\nMay 2, 2026 Kit Vale\nPruning roses in the rain\n"
        + "April 30, 2026 Kit Vale\nWhy lemons drop their fruit\n"
        + BODY
    )
    article = parse_text(page).article
    assert article.authors == []
    assert article.published is None


def test_a_byline_under_the_dek_the_body_opens_with() -> None:
    dek = "The board says the late boats will pay for themselves by the end of August.\n"
    page = HEADLINE + dek + "Zoltan Prex @zprex\n" + BODY
    assert parse_text(page).article.authors == ["Zoltan Prex"]


def test_a_byline_right_above_the_headline() -> None:
    page = "News\nMay 2, 2026 by Nora Marsh / Ferries\n" + HEADLINE + BODY
    article = parse_text(page).article
    assert article.authors == ["Nora Marsh"]
    assert article.published == "2026-05-02"


def test_the_authors_box_under_the_body() -> None:
    box = "Share\nZoltan Prex\n@zprex\nZoltan covers the harbour and its boats for the Daily.\n"
    assert parse_text(HEADLINE + BODY + box).article.authors == ["Zoltan Prex"]
    label = "About the Author\nZoltan Prex\nMore stories\n"
    assert parse_text(HEADLINE + BODY + label).article.authors == ["Zoltan Prex"]


def test_the_published_date_not_the_updated_one() -> None:
    page = HEADLINE + "By Nora Marsh\nUpdated May 3, 2026 | Published May 2, 2026\n" + BODY
    assert parse_text(page).article.published == "2026-05-02"
    long = "PUBLISHED SAT, MAY 2 2026 7:05 AM EDT UPDATED SUN, MAY 3 2026 9:16 AM EDT\n"
    assert parse_text(HEADLINE + long + "By Nora Marsh\n" + BODY).article.published == "2026-05-02"


def test_a_header_date_without_its_year_takes_the_pages() -> None:
    page = HEADLINE + "By Nora Marsh\nPosted May 2, 9:40 AM\n" + BODY + "© 2025 Harbour Daily\n"
    assert parse_text(page).article.published == "2025-05-02"
    page = HEADLINE + "Updated May 3, 8:10 AM | Posted May 2, 9:40 AM\n" + BODY + "© 2025 Harbour\n"
    assert parse_text(page).article.published == "2025-05-02"  # the published one
