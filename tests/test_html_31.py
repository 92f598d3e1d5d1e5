"""HTML input, session 31: assumptions of the reading relaxed where content systems break
them: a <title> that names the site and its tagline, the site's name the only h1 and the
post's title an h2 in its own header; a canonical address of an id beside the dated one."""

from __future__ import annotations

from test_html_page import parse_html_text

from reader.model import Article

PROSE = (
    "<p>The bakers of Tressel Bay opened their cooperative oven on the quay at dawn, and by"
    " noon the queue reached the chandlery at the far end of the harbour wall.</p>"
    "<p>Wenna Coles, who kneads the first batch, said the oven had been cold for eleven"
    " years before the members raised enough to reline it with firebrick.</p>"
)
RELATED = (
    "<div class='related'><h3><a href='/p/7'>Lifeboat crew trains at night</a></h3>"
    "<time datetime='2023-03-02'>March 2, 2023</time></div>"
)


def _blog(title: str, head: str = "", post_meta: str = "") -> Article:
    html = (
        f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body><header>"
        "<h1 class='site-title'><a href='/' rel='home'>Tressel Notes</a></h1>"
        "<p class='site-description'>Small news from a small harbour</p></header>"
        f"<main>{RELATED}<article><header class='post-header'><h2 class='post-title'>"
        "<a href='/p/9'>The cooperative oven is lit again</a></h2>"
        f"{post_meta}</header>{PROSE}</article></main></body></html>"
    )
    return parse_html_text(html).article


def test_a_title_of_the_site_and_its_tagline_names_no_article() -> None:
    meta = "<p class='post-meta'>14 February 2023</p>"
    article = _blog("Tressel Notes | Small news from a small harbour", post_meta=meta)
    assert article.title == "The cooperative oven is lit again"
    assert article.published == "2023-02-14"  # under the post's h2, not the related <time>


def test_a_title_that_names_the_post_still_does() -> None:
    article = _blog("Tressel Notes | The cooperative oven is lit again")
    assert article.title == "The cooperative oven is lit again"


def test_the_dated_address_beside_a_canonical_of_an_id() -> None:
    head = (
        "<link rel='canonical' href='https://tressel.example/s/48213'>"
        "<meta property='og:url' content='https://tressel.example/2023/02/14/oven-lit/'>"
    )
    article = _blog("The cooperative oven is lit again | Tressel Notes", head=head)
    assert article.published == "2023-02-14"


def test_a_teasers_heading_over_the_body_is_no_anchor_for_the_date() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Tressel Notes</title></head><body><header>"
        "<div class='logo'><a href='/'>Tressel Notes</a></div></header><main>"
        "<div class='related'><h2>Related stories</h2><ul>"
        "<li><h3><a href='/s/4'>Lifeboat crew trains at night</a></h3>"
        "<time datetime='2023-03-02'>March 2, 2023</time></li>"
        "<li><h3><a href='/s/5'>Harbour lights switched off early</a></h3>"
        "<time datetime='2023-03-05'>March 5, 2023</time></li></ul></div>"
        "<article><div role='heading' class='hed'>The cooperative oven is lit again</div>"
        f"<p class='byline'>By Wenna Coles</p>{PROSE}"
        "<p class='stamp'>February 14, 2023</p></article></main></body></html>"
    )
    article = parse_html_text(html).article  # not the last teaser's March 5 under its h3
    assert (article.published, article.timestamp_text) == ("2023-02-14", "February 14, 2023")


def test_a_heading_over_a_box_of_one_dated_teaser_is_no_anchor_for_the_date() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Tressel Notes</title></head><body><main>"
        "<div class='more'><h2>Also in Tressel Notes</h2><p><a href='/s/4'>Ferry timetable"
        " changes for winter</a> <time datetime='2023-03-09'>March 9, 2023</time></p></div>"
        "<article><div class='hed'>The cooperative oven is lit again</div>"
        f"<p class='byline'>By Wenna Coles</p>{PROSE}"
        "<p class='stamp'>February 14, 2023</p></article></main></body></html>"
    )
    article = parse_html_text(html).article  # the box's one item is no list: no peers
    assert (article.published, article.timestamp_text) == ("2023-02-14", "February 14, 2023")
