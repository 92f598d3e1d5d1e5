"""HTML input, session 30: the date a page shows where the reading assumed none stands:
an update's label in an element of its own, the date first on the byline's line or
between its pieces, lines broken by ``<br>``s, a date shown just over the headline."""

from __future__ import annotations

from test_html_metadata import BODY, article_of
from test_html_page import parse_html_text

from reader.model import Article

LONG = (
    "The ferry to Ormsby Rock ran late all week because the new pontoon was still being"
    " bolted together by a crew from the mainland yard."
)


def _page(before: str, heading: str, under: str = "", body: str = BODY) -> Article:
    html = (
        "<!DOCTYPE html><html><head><title>Pontoon late again | Ormsby Weekly</title></head><body><header>"
        "<div class='masthead'><a href='/'>Ormsby Weekly</a></div><nav><a href='/'>Home</a>"
        f"</nav></header><main>{before}<article>{heading}{under}{body}</article></main>"
        "</body></html>"
    )
    return parse_html_text(html).article


def test_an_update_labelled_in_an_element_of_its_own() -> None:
    dates = (
        "<div class='dates'><span class='lbl'>Updated:</span> <span>June 9, 2023</span>"
        " <span class='lbl'>Published:</span> <span>June 1, 2023</span></div>"
    )
    assert article_of(under_title=dates).published == "2023-06-01"
    listed = "<dl><dt>Last updated</dt><dd>9 June 2023</dd><dt>First posted</dt><dd>1 June 2023</dd></dl>"
    assert article_of(under_title=listed).published == "2023-06-01"


def test_the_date_first_on_the_bylines_line_or_between_its_pieces() -> None:
    first = article_of(under_title="<p class='meta'>June 1, 2023 | By Orla Penhale</p>")
    assert (first.published, first.timestamp_text) == ("2023-06-01", "June 1, 2023")
    between = "<div class='meta'>Orla Penhale · Jun 1, 2023 · 6 min read</div>"
    assert article_of(under_title=between).published == "2023-06-01"


def test_a_publications_piece_before_an_updates_on_one_line() -> None:
    line = "<p class='meta'>Updated 9 June 2023 | Published 1 June 2023</p>"
    assert article_of(under_title=line).published == "2023-06-01"


def test_a_date_among_lines_broken_by_br() -> None:
    body = f"<div class='copy'>By Orla Penhale<br>Correspondent<br>06/21/2023<br><br>{LONG}"
    article = _page("", "<h1>Pontoon late again</h1>", body=body + f"<br><br>{LONG}</div>")
    assert (article.published, article.timestamp_text) == ("2023-06-21", "06/21/2023")


def test_a_date_shown_just_over_the_headline() -> None:
    over = "<div class='day-head'><span>Thursday, June 1, 2023</span></div>"
    article = _page(over, "<h2 class='post-title'>Pontoon late again</h2>")
    assert (article.published, article.timestamp_text) == ("2023-06-01", "Thursday, June 1, 2023")


def test_no_date_over_the_headline_from_an_aside_or_the_menu() -> None:
    """Not shown as the article's (extraction's guess from anywhere on the page, asked
    last, may still date it)."""
    for box in (
        "<aside><p>Most read</p><p>June 7, 2023</p></aside>",
        "<nav><a href='/a'>Archive</a> <span>June 7, 2023</span></nav>",
    ):
        assert _page(box, "<h2>Pontoon late again</h2>").timestamp_text != "June 7, 2023"


def test_a_loose_date_meta_later_than_the_date_shown_is_a_modifications() -> None:
    later = '<meta name="date" content="2023-06-09T08:00:00Z">'
    shown = "<p class='pubdate'>Published 1 June 2023</p>"
    assert article_of(later, shown).published == "2023-06-01"
    earlier = '<meta name="dc.date" content="2023-06-01">'
    assert article_of(earlier, "<p class='meta'>June 9, 2023</p>").published == "2023-06-01"
    assert article_of(later).published == "2023-06-09"  # no date shown: the meta's


def _dated_page(stated: str, over: str) -> Article:
    """A page stating its date in ``stated`` (a meta, a canonical address), a date bar over
    the headline's box, no date under it."""
    html = (
        f"<!DOCTYPE html><html><head><title>Pontoon late again | Ormsby Weekly</title>{stated}"
        "</head><body><main>"
        f"<div class='today'>{over}</div><div class='story'><h1>Pontoon late again</h1>"
        f"{BODY}</div></main></body></html>"
    )
    return parse_html_text(html).article


def test_a_date_over_the_headline_that_contradicts_the_data_is_the_sites_today() -> None:
    meta = '<meta property="article:published_time" content="2026-03-04T09:30:00Z">'
    address = '<link rel="canonical" href="https://ormsby.example/2026/03/04/pontoon-late">'
    for stated in (meta, address):
        today = _dated_page(stated, "Monday, December 7, 2026")
        assert (today.published, today.timestamp_text) == ("2026-03-04", "2026-03-04")
        agreeing = _dated_page(stated, "Wednesday, March 4, 2026")
        shown = (agreeing.published, agreeing.timestamp_text)
        assert shown == ("2026-03-04", "Wednesday, March 4, 2026")
    alone = _dated_page("", "Monday, December 7, 2026")  # the only date the page gives
    assert (alone.published, alone.timestamp_text) == ("2026-12-07", "Monday, December 7, 2026")


def test_a_date_in_a_titled_box_over_the_headline_is_no_date_shown() -> None:
    """A box with a title of its own (a related story) over the headline: its date is
    that story's, not the date the page shows."""
    teaser = "<div class='more'><h3>Ferry fares rise</h3><span>June 7, 2023</span></div>"
    assert _page(teaser, "<h2>Pontoon late again</h2>").timestamp_text != "June 7, 2023"
