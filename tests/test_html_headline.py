"""HTML input: the headline is the heading a reader sees above the article, not the
site's name, with a kicker parted from it."""

from __future__ import annotations

import pytest
from test_html_metadata import BODY
from test_html_page import parse_html_text

HEADLINE = "Harbour town votes to rebuild the old lighthouse"


def title_of(head: str, top: str, body: str = BODY) -> str | None:
    page = (
        f"<!DOCTYPE html><html><head>{head}</head><body><div class='top'>{top}</div>"
        f"<main><article>{body}</article></main>"
        "<footer><p>About us</p></footer></body></html>"
    )
    return parse_html_text(page).article.title


def test_an_h1_linking_home_is_the_masthead() -> None:
    head = f"<title>{HEADLINE} | The Gull Gazette</title><meta property='og:title' content='{HEADLINE}'>"
    masthead = "<h1><a href='https://gull.example/'>The Gull Gazette</a></h1>"
    assert title_of(head, masthead) == HEADLINE


def test_an_h1_in_the_footer_is_no_headline() -> None:
    head = f"<title>{HEADLINE} - Gull</title>"
    page_end = "<footer><h1>Gull Gazette, news of the coast since 1887</h1></footer>"
    assert title_of(head, "", BODY + page_end) == HEADLINE


def test_the_h2_that_the_page_title_names_under_a_masthead() -> None:
    head = f"<title>Gull Notes » Blog Archive » {HEADLINE}</title>"
    masthead = "<h1><a href='/'>Gull Notes</a></h1>"
    assert title_of(head, masthead, f"<h2>{HEADLINE}</h2>{BODY}") == HEADLINE


def test_the_stated_title_without_the_site_after_it() -> None:
    head = f"<title>{HEADLINE} - Gull</title><meta property='og:title' content='{HEADLINE} - Gull'>"
    assert title_of(head, "<h1>€5</h1><h1>€10</h1>") == HEADLINE


def test_the_piece_two_stated_titles_share_around_a_kicker() -> None:
    head = (
        f"<title>Gull | Reports: {HEADLINE}</title>"
        f"<meta property='og:title' content='Saved at last?: {HEADLINE}'>"
    )
    assert title_of(head, "") == HEADLINE


def test_a_headline_the_site_name_repeats_by_mistake() -> None:
    head = f"<meta property='og:title' content='{HEADLINE}'><meta property='og:site_name' content='{HEADLINE}'>"
    assert title_of(head, f"<h1>{HEADLINE}</h1><h1>Latest stories</h1>") == HEADLINE


@pytest.mark.parametrize(
    "h1",
    [
        # a kicker parted by a line break, or in its own block
        f"<h1><span class='kicker'>Coast notes</span><br><span>{HEADLINE}</span></h1>",
        f"<h1><div class='kicker'>Coast notes</div><div>{HEADLINE}</div></h1>",
        # a line break only for the layout keeps the headline whole
        "<h1>Harbour town votes<br>to rebuild the old lighthouse</h1>",
    ],
)
def test_the_lines_of_an_h1(h1: str) -> None:
    head = f"<meta property='og:title' content='{HEADLINE}'>"
    assert title_of(head, "", h1 + BODY) == HEADLINE


def test_the_pages_own_title_before_extractions_guess() -> None:
    # With no og:title, extraction guesses the title from a class ('site-title',
    # 'widget-title'); <title> names the article's heading, h1 or h2.
    head = f"<title>{HEADLINE} - Gull Notes</title>"
    logo = (
        "<nav><ul><li><a href='/blog/'><h1 class='site-title'>Gull Notes</h1></a></li></ul></nav>"
    )
    assert title_of(head, logo, f"<h1>{HEADLINE}</h1>{BODY}") == HEADLINE
    search = "<div><h2 class='widget-title'>Search</h2><form><input></form></div>"
    donate = "<div><h1>€5</h1><h1>€10</h1></div>"
    assert title_of(head, search + donate, f"<h2>{HEADLINE}</h2>{BODY}") == HEADLINE


def test_extractions_guess_when_the_title_is_the_sites_name() -> None:
    top = "<h1>Comment on this article</h1>"
    body = f"<h1 class='article-title'>{HEADLINE}</h1>{BODY}"
    assert title_of("<title>Gull Notes</title>", top, body) == HEADLINE


def test_an_h1_that_is_the_site_piece_of_the_title_is_the_masthead() -> None:
    # No data and no link home: the h1 is the piece of <title> beside the headline, and
    # the headline is shown as an h2.
    head = f"<title>{HEADLINE} | Gull Post</title>"
    assert title_of(head, "<h1>Gull Post</h1>", f"<h2>{HEADLINE}</h2>{BODY}") == HEADLINE


def test_an_h2_the_title_names_before_an_h1_it_does_not() -> None:
    # The h1 is the site's motto, which shares no word with <title>; extraction may guess
    # it, but the page's own title names the h2.
    head = f"<title>{HEADLINE} - gull photography</title>"
    assert title_of(head, "<h1>as seen</h1>", f"<h2>{HEADLINE}</h2>{BODY}") == HEADLINE


def test_the_title_less_the_site_name_its_logo_links_home() -> None:
    head = "<title>Kelpwick floods - Northfield Evening Times</title>"
    logo = "<div class='logo'><a href='/'>Northfield Evening Times</a></div>"
    body = f"<div class='story-head'>Kelpwick floods</div>{BODY}"
    assert title_of(head, logo, body) == "Kelpwick floods"


def test_the_titles_longest_piece_an_element_classed_as_a_title_shows() -> None:
    head = "<title>Northfield Times | Transport: Kelpwick floods</title>"
    logo = "<div class='logo'><a href='/'>Northfield Times</a></div>"
    body = f"<div class='story'><span class='title'>Kelpwick floods</span></div>{BODY}"
    assert title_of(head, logo, body) == "Kelpwick floods"


def test_among_several_h1s_not_the_sites_name_nor_a_promotions() -> None:
    """The site's name in an h1 of the page's header (the footer signs it "© 2025 …") and a
    promotion's h1 in an aside are no headline: the article's h1 between them is."""
    head = "<title>The Gull Gazette</title>"
    masthead = "<h1 class='brand'>The Gull Gazette</h1>"
    body = f"<h1>{HEADLINE}</h1><aside><h1>Subscribe to The Gull Gazette</h1></aside>{BODY}"
    page_end = "<footer><p>© 2025 The Gull Gazette</p></footer>"
    assert title_of(head, masthead, body + page_end) == HEADLINE


def test_an_h1_a_footers_archive_lists_is_still_the_headline() -> None:
    """A footer that lists the posts (a blog's archive) names the headline without signing
    it as the site: the short h1 stays the headline."""
    short = "Lighthouse lamp relit"
    head = "<title>The Gull Gazette</title>"
    page_end = f"<footer><h4>Archive</h4><ul><li>{short}</li><li>Ferry news</li></ul></footer>"
    assert title_of(head, "", f"<h1>{short}</h1>{BODY}{page_end}") == short


def test_the_first_h2_when_the_title_is_the_sites_name_over_a_bare_separator() -> None:
    """<title> "The Gull Gazette -" (the page's own title left out) and an h1 left empty:
    the first h2 is the headline, not the site's name."""
    head = "<title>The Gull Gazette -</title>"
    body = f"<h1 class='page-heading'></h1><h2>{HEADLINE}</h2>{BODY}<h2>More news</h2>"
    assert title_of(head, "", body) == HEADLINE


def test_the_heading_over_the_body_when_the_title_is_the_sites_name() -> None:
    """<title> "The Gull Gazette -" over a list of related stories (an h2 and h3s) and the
    article's h3: the heading nearest above the body's first paragraph is the headline."""
    head = "<title>The Gull Gazette -</title>"
    related = (
        "<div class='related'><h2>Related stories</h2><h3>Ferry timetable changes</h3>"
        "<h3>Quay wall repairs begin</h3></div>"
    )
    body = f"<h3 class='entry'>{HEADLINE}</h3><p>By Ann Lee</p>{BODY}<h2>3 comments</h2>"
    assert title_of(head, related, body) == HEADLINE
    assert title_of(head, "", body) == HEADLINE


def test_a_short_h1_over_its_date_beside_titles_in_other_words() -> None:
    """An h1 of two words that no stated title names heads the article when its date is
    shown under it."""
    seo = "Transport: what the harbour vote means"
    head = f"<title>{seo} | Gull Post</title><meta property='og:title' content='{seo}'>"
    dated = "<p class='byline'>By Ann Lee</p><time datetime='2024-05-02'>May 2, 2024</time>"
    assert title_of(head, "", f"<h1>Kelpwick floods</h1>{dated}{BODY}") == "Kelpwick floods"
    assert title_of(head, "", f"<h1>Kelpwick floods</h1>{BODY}") == seo


def test_an_h1_in_an_article_an_unclosed_menu_swallowed_is_the_headline() -> None:
    """A menu left unclosed holds the whole article: its h1 is still the headline (only
    an h1 whose nearest box is an aside or a menu is set apart)."""
    page = (
        "<html><head><title>Gull</title></head><body><header><nav class='menu'>"
        "<a href='/'>Home</a><div class='wrap'><main><article>"
        f"<h1>{HEADLINE}</h1><h2>The report</h2>{BODY}</article></main></body></html>"
    )
    assert parse_html_text(page).article.title == HEADLINE
