"""HTML input: a headline shown in any element (a styled div, a bold lead, a strong in a
table cell) that the page's <title> names, whatever mark parts the site's name from it."""

from __future__ import annotations

from test_html_headline import title_of
from test_html_metadata import BODY

HEADLINE = "Quarry trust buys the old rope works by the canal"
LOGO = "<div class='brand'><a href='/'>Dunmore Ledger</a></div>"


def test_no_h1_a_styled_div_the_title_names_after_a_bullet() -> None:
    head = f"<title>Dunmore Ledger • {HEADLINE}</title>"
    body = f"<div class='post-heading'>{HEADLINE}</div>{BODY}"
    assert title_of(head, LOGO, body) == HEADLINE


def test_a_section_h1_over_a_strong_in_a_table_cell() -> None:
    head = f"<title>Dunmore Ledger :: {HEADLINE}</title>"
    body = f"<table><tr><td><strong>{HEADLINE}</strong></td></tr></table>{BODY}"
    assert title_of(head, "<h1>Community</h1>", body) == HEADLINE


def test_a_short_title_less_the_site_after_a_tilde() -> None:
    head = "<title>Ropeworks sold ~ Dunmore Ledger</title>"
    assert title_of(head, LOGO, f"<p><b>Ropeworks sold</b></p>{BODY}") == "Ropeworks sold"


def test_a_tagline_beside_the_logo_is_no_headline() -> None:
    head = "<title>Dunmore Ledger | Stories from the canal towns</title>"
    top = "<h1><a href='/'>Dunmore Ledger</a></h1><p>Stories from the canal towns</p>"
    body = f"<header><h2><a href='/p/rope'>{HEADLINE}</a></h2></header>{BODY}"
    assert title_of(head, top, body) == HEADLINE
