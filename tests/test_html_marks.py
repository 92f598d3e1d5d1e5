"""HTML input: marks the earlier template families lacked (session 27's families,
bench/html_templates_marks.py): author metas repeated one name a tag, an agency's credit
in the data, ``rel="author"`` links side by side, a date as eight digits in the address."""

from __future__ import annotations

import pytest
from test_html_cms import HEADLINE, article_of

SHARE = '<div class="share">Share this story</div>'


def test_a_repeated_author_meta_names_one_author_a_tag() -> None:
    head = (
        f"<title>{HEADLINE} | Gull Post</title>"
        '<meta name="parsely-author" content="Ines Calloway">'
        '<meta name="parsely-author" content="Tobiah Wrenfield">'
    )
    article = article_of(head, "", f"<h1>{HEADLINE}</h1>{SHARE}")
    assert article.authors == ["Ines Calloway", "Tobiah Wrenfield"]


def test_an_agency_credit_in_data_names_its_reporters_not_its_editor() -> None:
    credit = "Reporting by Ines Calloway and Tobiah Wrenfield; Editing by Marta Quenby"
    head = f'<title>{HEADLINE} | Gull Post</title><meta name="author" content="{credit}">'
    article = article_of(head, "", f"<h1>{HEADLINE}</h1>{SHARE}")
    assert article.authors == ["Ines Calloway", "Tobiah Wrenfield"]


def test_author_links_side_by_side_are_each_an_author() -> None:
    links = (
        '<div class="contributors"><a rel="author" href="/people/ines-calloway">'
        '<img src="/i.jpg" alt="">Ines Calloway</a><a rel="author" '
        'href="/people/tobiah-wrenfield"><img src="/t.jpg" alt="">Tobiah Wrenfield</a></div>'
    )
    article = article_of(
        f"<title>{HEADLINE} - Gull Post</title>", "", f"<h1>{HEADLINE}</h1>{links}"
    )
    assert article.authors == ["Ines Calloway", "Tobiah Wrenfield"]


def test_eight_digits_in_the_address_date_the_article() -> None:
    head = (
        f"<title>{HEADLINE} | Gull Post</title>"
        '<link rel="canonical" href="https://gull.example/news/20230914/ferry-crossing.html">'
    )
    byline = (
        '<p class="byline">By Ines Calloway</p><p class="updated">Updated September 20, 2023</p>'
    )
    article = article_of(head, "", f"<h1>{HEADLINE}</h1>{byline}")
    assert article.published == "2023-09-14"


@pytest.mark.parametrize("headline", [HEADLINE, "Pier floods"])
def test_a_section_h1_over_the_articles_h2_is_no_headline(headline: str) -> None:
    related = (
        '<div class="related"><h3><a href="/s/4">Pier lamps relit</a></h3>'
        '<time datetime="2023-09-02">September 2, 2023</time></div>'
    )
    top = (
        '<h1 class="section-title"><a href="/local">Local news</a></h1>'
        f'<h2 class="article-title">{headline}</h2><p class="byline">By Ines Calloway</p>'
        '<time datetime="2023-09-14">September 14, 2023</time>'
    )
    article = article_of("<title>Local news | Gull Post</title>", related, top)
    assert (article.title, article.published) == (headline, "2023-09-14")


def test_a_short_headline_beside_a_longer_site_name_stays_the_headline() -> None:
    head = (
        '<title>Pier floods - Northfield Evening Times</title><meta property="og:title" '
        'content="Pier floods - Northfield Evening Times">'
    )
    shown = '<div class="story-head">Pier floods</div><p class="byline">By Ines Calloway</p>'
    after = '<section id="comments"><h2>2 comments</h2></section>'
    logo = '<div class="logo"><a href="/">Northfield Evening Times</a></div>'
    article = article_of(head, logo, shown + after)
    assert article.title == "Pier floods"


def test_an_h1_linking_to_the_page_itself_over_an_h2_dek_stays_the_headline() -> None:
    head = (
        "<title>Pier floods | Gull Post</title>"
        '<link rel="canonical" href="https://gull.example/news/pier-floods/">'
    )
    top = (
        '<h1 class="entry-title"><a href="/news/pier-floods/">Pier floods</a></h1>'
        "<h2>The tide topped the harbour wall twice before the lamps went out</h2>"
        '<p class="byline">By Ines Calloway</p>'
    )
    article = article_of(head, "", top)
    assert article.title == "Pier floods"
