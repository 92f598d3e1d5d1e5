"""HTML input, session 32: assumptions of the reading relaxed where templates break them:
a byline that neither says "By" nor is marked by the markup may still be one, when the
name stands beside the article's date in its small box (a news theme's meta box over the
headline, a newsletter's row of sender and day)."""

from __future__ import annotations

from test_html_page import parse_html_text

from reader.model import Article

OPENING = (
    "<p>The tide gauge at Penrose Steps has read two feet low since the storm, and the"
    " harbour office says a float is jammed in the stilling well under the quay.</p>"
    "<p>Nobody on the east side has found out who services it now that the old board has"
    " been wound up by the county, and the fishing crews read the tide by eye.</p>"
)


def _meta_box(box: str, before: bool = False) -> Article:
    """A story whose writer is shown only beside its date, in a box of their own."""
    heading = "<h1>Quay lamps relit</h1>"
    top = box + heading if before else heading + box
    html = (
        "<!DOCTYPE html><html><head><title>Quay lamps relit - Penrose Post</title></head>"
        f"<body><main><article>{top}{OPENING}</article></main></body></html>"
    )
    return parse_html_text(html).article


def test_a_name_in_the_dates_box_over_the_headline_is_the_byline() -> None:
    box = (
        "<div class='meta'><img src='/p.jpg' alt=''><div><a href='/staff/4'>Hannah Treloar"
        "</a><span class='when'>March 8, 2023</span></div></div>"
    )
    article = _meta_box(box, before=True)
    assert article.authors == ["Hannah Treloar"]
    assert article.published == "2023-03-08"


def test_a_name_in_a_cell_beside_the_dates_cell_is_the_byline() -> None:
    box = "<table><tr><td>Tamsin Orr</td><td>March 8, 2023</td></tr></table>"
    assert _meta_box(box).authors == ["Tamsin Orr"]


def test_a_sections_label_beside_the_date_is_no_byline() -> None:
    box = "<div class='meta'><a href='/c/harbour'>Harbour Life</a> <span>March 8, 2023</span></div>"
    assert _meta_box(box).authors == []


def test_a_place_in_capitals_beside_the_date_is_no_byline() -> None:
    box = "<div class='meta'><span>NORTH PENROSE</span> <span>March 8, 2023</span></div>"
    assert _meta_box(box).authors == []
