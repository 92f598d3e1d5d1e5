"""HTML input: how content systems mark up an article's headline and authors (session 26's
template families, bench/html_templates_cms.py): a kicker in its own element inside the
h1, a logo's h1 over its tagline, a byline whose names are each a link."""

from __future__ import annotations

from test_html_metadata import BODY
from test_html_page import parse_html_text

from reader.model import Article, BlockKind

HEADLINE = "Ferry crossing to close for the winter"


def article_of(head: str, top: str, under: str = "") -> Article:
    page = (
        f"<!DOCTYPE html><html><head>{head}</head><body><header>{top}</header>"
        f"<main><article>{under}{BODY}</article></main></body></html>"
    )
    return parse_html_text(page).article


def test_a_kicker_in_its_own_span_inside_the_h1_is_no_part_of_the_headline() -> None:
    head = f"<title>{HEADLINE} | Gull Post</title>"
    h1 = f'<h1 class="headline"><span class="eyebrow">Transport:</span> {HEADLINE}</h1>'
    article = article_of(head, "", h1)
    assert article.title == HEADLINE
    kinds = [(b.kind, b.text) for b in article.blocks[:2]]
    assert kinds == [(BlockKind.SECTION, "Transport:"), (BlockKind.TITLE, HEADLINE)]


def test_an_h1_opening_with_an_emphasis_the_titles_do_not_part_is_whole() -> None:
    whole = f"Why the {HEADLINE.lower()}"
    head = f"<title>{whole} | Gull Post</title>"
    article = article_of(head, "", f"<h1><em>Why</em> the {HEADLINE.lower()}</h1>")
    assert article.title == whole


def test_a_logo_h1_over_its_tagline_is_the_masthead() -> None:
    logo = '<h1 class="logo"><a href="/">Gull Post</a><small>News from the coast</small></h1>'
    article = article_of(
        "<title>Gull Post – News from the coast</title>", logo, f"<h1>{HEADLINE}</h1>"
    )
    assert article.title == HEADLINE


def test_a_bylines_names_each_a_link_are_all_people() -> None:
    links = '<a href="/people/ann-lee">Ann Lee</a>, <a href="/people/dmitri-voss">Dmitri Voss</a>'
    byline = f'<div class="byline">By {links}</div>'
    article = article_of(f"<title>{HEADLINE}</title>", "", f"<h1>{HEADLINE}</h1>{byline}")
    assert article.authors == ["Ann Lee", "Dmitri Voss"]


def test_authors_links_marked_rel_author_without_by() -> None:
    links = '<a rel="author" href="/a/1">Ann Lee</a> and <a rel="author" href="/a/2">Odile Quay</a>'
    under = f'<h1>{HEADLINE}</h1><div class="authors">{links}</div>'
    assert article_of(f"<title>{HEADLINE}</title>", "", under).authors == ["Ann Lee", "Odile Quay"]


def test_a_byline_with_a_link_and_an_outlet_after_it_keeps_the_outlet_out() -> None:
    byline = '<div class="byline">By <a href="/people/ann-lee">Ann Lee</a>, Gull Post</div>'
    under = f"<h1>{HEADLINE}</h1>{byline}"
    assert article_of(f"<title>{HEADLINE}</title>", "", under).authors == ["Ann Lee"]


def test_an_editors_credit_stated_as_the_author_names_no_author() -> None:
    credit = (
        '<p class="source"><span itemprop="author">Second edition, edited by Ann Lee</span></p>'
    )
    under = f'<h1>{HEADLINE}</h1><p class="byline">By Bo Park</p>'
    page = (
        f"<!DOCTYPE html><html><head><title>{HEADLINE}</title></head><body><main>"
        f'<article itemscope itemtype="https://schema.org/Article">{under}{BODY}{credit}'
        "</article></main></body></html>"
    )
    assert parse_html_text(page).article.authors == ["Bo Park"]
