"""HTML input: shapes of session 28's page families (bench/html_templates_range.py),
each on a page written here: properties marked without an item, dated lists of other
stories around the article."""

from __future__ import annotations

from test_html_metadata import BODY, article_of
from test_html_page import parse_html_text


def test_a_date_marked_with_itemprop_outside_any_item_dates_the_article() -> None:
    under = (
        '<p><a itemprop="author" href="/people/ines-varga">Ines Varga</a> '
        '<span itemprop="datePublished" content="2023-11-14">Nov 14</span></p>'
        "<p>Updated 20 November 2023</p>"
    )
    article = article_of(under_title=under)
    assert article.published == "2023-11-14"
    assert article.authors == ["Ines Varga"]


def test_loose_itemprop_dates_that_disagree_are_a_lists_not_the_articles() -> None:
    teasers = "".join(
        f'<li><a href="/s/{k}">Pier café reopens {k}</a> '
        f'<span itemprop="datePublished" content="2023-10-0{k}">Oct {k}</span></li>'
        for k in range(1, 4)
    )
    shown = '<p class="date">Published 9 October 2023</p>'
    article = article_of(under_title=shown, body=BODY + f"<ul>{teasers}</ul>")
    assert article.published == "2023-10-09"


def _most_read(days: list[int]) -> str:
    items = "".join(
        f'<li><a href="/s/{d}">Ferry timetable changes {d}</a> '
        f'<time datetime="2023-08-{d:02d}">August {d}, 2023</time></li>'
        for d in days
    )
    return f'<div class="most-read"><h2>Most read</h2><ol>{items}</ol></div>'


def _page_after(before: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Quay repairs | Tidewater Post</title></head><body>"
        f"{before}<main><article><h1>Quay repairs begin after a wet summer</h1>"
        f'<p class="byline">By Oren Palk</p>{BODY}</article></main></body></html>'
    )


def test_a_page_with_no_date_of_its_own_takes_none_from_a_dated_list() -> None:
    article = parse_html_text(_page_after(_most_read([3, 12, 17]))).article
    assert article.published is None


def test_a_copyright_year_is_no_date_of_the_article() -> None:
    page = _page_after("").replace(
        "</main>", "</main><footer><p>© 2022 Tidewater Post</p></footer>"
    )
    assert parse_html_text(page).article.published is None


def test_a_short_articles_date_is_not_taken_from_the_dated_list_after_it() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Quay repairs | Tidewater Post</title></head><body>"
        "<main><article><h1>Quay repairs begin after a wet summer</h1>"
        '<p class="byline">By Oren Palk</p><p>Work on the quay began on Monday.</p></article>'
        f"{_most_read([3, 12, 17])}</main></body></html>"
    )
    assert parse_html_text(page).article.published is None


def test_two_copies_of_the_bylines_box_are_no_dated_list() -> None:
    box = (
        '<div class="meta {}"><time datetime="2023-02-03T10:00:00">February 3, 2023</time> '
        '<a href="/people/oren-palk">Oren Palk</a></div>'
    )
    shown = box.format("wide") + box.format("narrow")
    article = article_of(under_title=shown)
    assert (article.published, article.timestamp_text) == ("2023-02-03", "February 3, 2023")


def test_todays_date_above_the_masthead_does_not_date_the_article() -> None:
    bar = (
        '<div class="today">Thursday, 14 March 2024</div><header><a href="/">Tidewater</a></header>'
    )
    assert parse_html_text(_page_after(bar)).article.published is None
