"""HTML pages the session-28 read-through wrote against its date and author rules: a
comment's own marks, a post's line of meta links, an article's date over its own header."""

from __future__ import annotations

from test_html_metadata import BODY
from test_html_page import parse_html_text


def _page(inside: str, after: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><title>Night ferries | Tidewater Post</title></head><body>"
        f"<main><article>{inside}</article>{after}</main></body></html>"
    )


_HEAD = "<h1>Night ferries approved for the winter</h1>"


def test_commenters_marked_with_itemprop_are_not_the_articles_authors() -> None:
    comments = "".join(
        f'<div class="comment"><span itemprop="author">{name}</span>'
        f'<time itemprop="datePublished" datetime="2024-05-09">May 9</time>'
        f"<p>{text}</p></div>"
        for name, text in (
            ("Lena Frost", "About time the late boat came back."),
            ("Ravi Mehta", "Will the fares stay the same in winter?"),
        )
    )
    page = _page(f"{_HEAD}<p>By Wren Halloway</p>{BODY}", comments)
    article = parse_html_text(page).article
    assert article.authors == ["Wren Halloway"]
    assert article.published != "2024-05-09"


def test_a_posts_line_of_meta_links_keeps_its_date() -> None:
    meta = (
        '<ul class="post-meta"><li>Posted <time datetime="2024-05-02T09:00:00">May 2, 2024'
        '</time> in <a href="/category/harbour">Harbour</a></li><li>Updated <time datetime='
        '"2024-05-03T10:00:00">May 3, 2024</time> by <a href="/author/wren-halloway">Wren'
        " Halloway</a></li></ul>"
    )
    article = parse_html_text(_page(f"{_HEAD}{meta}{BODY}")).article
    assert article.published == "2024-05-02"


def test_a_date_over_the_articles_own_header_dates_it() -> None:
    inside = (
        f'<div class="date">May 2, 2024</div><header>{_HEAD}<p>By Wren Halloway</p></header>{BODY}'
    )
    assert parse_html_text(_page(inside)).article.published == "2024-05-02"
