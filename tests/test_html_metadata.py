"""HTML input: authors and date from the publisher's data, else from the byline shown."""

from __future__ import annotations

import json

from test_html_page import parse_html_text

from reader.ingest.html_page import parse_html
from reader.ingest.source import SourceText
from reader.model import Article

BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "PORTWEN — The council of Portwen voted on Tuesday to rebuild the lighthouse that has"
        " stood dark on the northern cliff since the storm, ending a decade of argument.",
        "The campaign began with a petition signed by nearly every fisher in the town, and it"
        " grew into a fund that paid for the surveys the council had asked for.",
        "Work on the foundations is due to begin in the autumn, and the council expects the"
        " lamp to be lit again within two years, weather permitting.",
    )
)


def page(head: str = "", under_title: str = "", body: str = BODY) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>Lighthouse vote</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        f"<h1>Harbour town votes to rebuild the old lighthouse</h1>{under_title}"
        f"{body}</article></main></body></html>"
    )


def json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def article_of(head: str = "", under_title: str = "", body: str = BODY) -> Article:
    return parse_html_text(page(head, under_title, body)).article


SHOWN = '<p class="byline">By Marta Quill</p>'


def test_json_ld_authors_as_the_publisher_wrote_them() -> None:
    data = {
        "@type": "NewsArticle",
        "author": [{"@type": "Person", "name": "By Troy K. Vane, Gull Gazette"}],
    }
    assert article_of(json_ld(data), SHOWN).authors == ["Troy K. Vane", "Gull Gazette"]
    agency = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Reuters"}}
    assert article_of(json_ld(agency)).authors == ["Reuters"]
    publisher = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Gull"}}
    assert article_of(json_ld(publisher), SHOWN).authors == ["Marta Quill"]


def test_the_byline_shown_when_it_names_the_data_authors_and_more() -> None:
    data = json_ld({"@type": "NewsArticle", "author": {"name": "Ann Lee"}})
    shown = '<p class="byline">By Ann Lee, Bo Park and Cy Moss</p>'
    assert article_of(data, shown).authors == ["Ann Lee", "Bo Park", "Cy Moss"]
    site = '<meta property="og:site_name" content="Gull Gazette">'
    shown = '<p class="byline">By Ann Lee, Gull Gazette</p>'
    assert article_of(data + site, shown).authors == ["Ann Lee"]


def test_a_persons_byline_over_the_site_credited_in_data() -> None:
    data = json_ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Gull"}})
    site = '<meta property="og:site_name" content="Gull.example">'
    assert article_of(data + site, SHOWN).authors == ["Marta Quill"]


def test_json_ld_graph_authors_by_reference() -> None:
    data = {
        "@graph": [
            {"@type": "WebPage", "@id": "#page"},
            {"@type": "Article", "author": {"@id": "#ann"}, "datePublished": "2020-10-12"},
            {"@type": "Person", "@id": "#ann", "name": "Ann Lee"},
        ]
    }
    article = article_of(json_ld(data))
    assert (article.authors, article.published) == (["Ann Lee"], "2020-10-12")


def test_the_data_date_is_its_own_calendar_date() -> None:
    # Late on the 2nd where the page is, the 3rd in UTC: the data's date stands.
    data = {"@type": "NewsArticle", "datePublished": "2024-05-03T01:30:00Z"}
    shown = '<time datetime="2024-05-02T18:30:00-07:00">May 2, 2024 6:30 pm</time>'
    article = article_of(
        json_ld(data) + '<meta name="sailthru.date" content="2024-05-02 18:30">', shown
    )
    assert article.published == "2024-05-03"


def test_meta_authors_skip_links_and_handles() -> None:
    head = (
        '<meta property="article:author" content="https://www.facebook.com/gullgazette">'
        '<meta name="parsely-author" content="Gazette Staff">'
    )
    assert article_of(head).authors == ["Gazette Staff"]
    user = json_ld({"@type": "BlogPosting", "author": [{"name": "admin"}, {"name": "山田太郎"}]})
    assert article_of(user).authors == ["山田太郎"]


def test_microdata_of_the_article_not_of_its_comments() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        f"{BODY}"
        '<div itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author">Guest</span>'
        '<span itemprop="datePublished" content="2018-10-05T14:15:08+03:00">05.10.18</span>'
        "<p>What a fine plan for the harbour.</p></div>"
        '<span itemprop="datePublished" content="2018-09-24T16:45:00+03:00">24.09.18</span></div>'
    )
    assert article_of(body=body).published == "2018-09-24"


def test_the_date_shown_beats_a_guess_from_the_address() -> None:
    head = '<link rel="canonical" href="https://gull.example/2004/01/01/lighthouse">'
    article = article_of(head, "<p>Posted June 13, 2019</p>")
    assert article.published == "2019-06-13"


def test_the_address_dates_the_article_over_an_update_or_a_teasers_time() -> None:
    # The address states the publication: an update shown, or a teaser's <time> above
    # the headline or past the body, is another date.
    head = '<link rel="canonical" href="https://gull.example/2024/05/02/lighthouse-vote/">'
    assert article_of(head, "<p class='meta'>Updated May 9, 2024</p>").published == "2024-05-02"
    teaser = (
        "<div class='latest'><h3><a href='/x'>Ferry timetable changes</a></h3>"
        "<time datetime='2024-05-20'>May 20, 2024</time></div>"
    )
    above = page(head).replace("<main>", teaser + "<main>")
    assert parse_html_text(above).article.published == "2024-05-02"
    below = page(head).replace("</main>", teaser + "</main>")
    assert parse_html_text(below).article.published == "2024-05-02"
    assert parse_html_text(page().replace("<main>", teaser + "<main>")).article.published == (
        "2024-05-20"  # with no date anywhere else, the one the page shows
    )


def test_a_page_fetched_with_its_scheme_in_capitals_is_dated_by_its_address() -> None:
    for scheme in ("https", "Https", "HTTP"):  # parsed as fetched: no comment feed asked for
        fetched = SourceText(f"{scheme}://gull.example/2004/01/01/lighthouse", page(), "utf-8")
        assert parse_html(fetched).published == "2004-01-01"
    assert parse_html(SourceText("lighthouse.html", page(), "utf-8")).published is None


def test_a_byline_among_other_pieces_under_the_headline() -> None:
    article = article_of(under_title="<div><span>Harbour</span> | By Ann Lee | May 2, 2024</div>")
    assert article.authors == ["Ann Lee"]


def test_one_name_alone_in_an_author_element() -> None:
    linked = '<span class="author"><a href="/user/profile/30/lars.html">Lars</a></span>'
    assert article_of(under_title=linked).authors == ["Lars"]
    assert article_of(under_title='<span class="author vcard fn">wren</span>').authors == ["wren"]
    label = '<a class="author bio" href="/news/author/1460">Biography</a>'
    assert article_of(under_title=label).authors == []
    assert article_of(under_title='<span class="author">Staff</span>').authors == []


def test_an_author_element_gives_the_name_without_what_follows_it() -> None:
    # The author element is the only byline: the name is read from it alone.
    says = '<span class="author">Ann Lee says</span>'
    assert article_of(under_title=says).authors == ["Ann Lee"]
    for dated in ("Ann Lee Updated 3 hours ago", "Ann Lee May 3, 2024 at 9:40 am"):
        assert article_of(under_title=f'<span class="author">{dated}</span>').authors == ["Ann Lee"]
    # a surname that begins like a month is the name's own
    for name in ("Ann Mayfield", "Bo Marchetti", "Cy Decker"):
        assert article_of(under_title=f'<div class="author">{name}</div>').authors == [name]


def test_a_commenter_is_no_byline() -> None:
    widget = (
        '<aside><ul><li class="recentcomments"><span class="comment-author-link">Pell</span>'
        " on <a href='/x'>Another story</a></li></ul></aside>"
    )
    assert article_of(body=BODY + widget).authors == []


def test_the_date_under_the_headline_not_a_teasers_above_it() -> None:
    teaser = "<aside><a href='/x'>Ferry timetable changes</a> <time>April 3, 2024</time></aside>"
    page_ = page(under_title="<time>May 2, 2024</time>").replace("<main>", teaser + "<main>")
    assert parse_html_text(page_).article.published == "2024-05-02"


def test_a_relative_time_dated_by_its_datetime() -> None:
    shown = '<time datetime="2024-05-02T09:00:00+01:00">3 hours ago</time>'
    article = article_of(under_title=shown)
    assert (article.published, article.timestamp_text) == ("2024-05-02", "3 hours ago")


def test_a_byline_read_in_the_lines_the_page_shows() -> None:
    shown = (
        '<div class="byline-section"><div class="attribution"><span class="author">\n'
        "  Ann Lee and Bo Park\n</span> <span class='publication'>\n  Associated Press\n</span>"
        '</div><div class="publish-date">Published 7:07 PM EST May 2, 2024</div></div>'
    )
    assert article_of(under_title=shown).authors == ["Ann Lee", "Bo Park"]
    shown = '<div class="byline">By ANN LEE, BO PARK and CY MOSS<div>Associated Press</div></div>'
    assert article_of(under_title=shown).authors == ["Ann Lee", "Bo Park", "Cy Moss"]


def test_a_credential_after_the_name_in_data_is_no_author() -> None:
    meta = '<meta name="author" content="Marta Quill, PhD; Ivo Brand, M.D.">'
    assert article_of(meta).authors == ["Marta Quill", "Ivo Brand"]


def test_with_no_byline_the_authors_bio_at_the_end_names_the_author() -> None:
    bio = "<p>Marta Quill is a staff writer at the Gull Gazette who covers the coast.</p>"
    assert article_of(body=BODY + bio).authors == ["Marta Quill"]
    assert article_of(body=BODY).authors == []


def test_the_time_of_publication_not_of_the_last_update() -> None:
    marked = (
        "<time class='updated' datetime='2024-05-03'>May 3, 2024</time>"
        "<time class='published' datetime='2024-05-02'>May 2, 2024</time>"
    )
    after_word = (
        "<p>Updated <time datetime='2024-05-03T10:00'>May 3</time>, first published"
        " <time datetime='2024-05-02T09:00'>May 2</time></p>"
    )
    assert article_of(under_title=marked).published == "2024-05-02"
    assert article_of(under_title=after_word).published == "2024-05-02"
    alone = "<p>Updated <time datetime='2024-05-03T10:00'>May 3</time></p>"
    live = "<ul><li><time>18:28</time> Ferry cancelled</li></ul>"  # an entry of a live blog
    article = article_of(under_title=alone + live)
    assert (article.published, article.timestamp_text) == ("2024-05-03", "May 3")


def test_the_outlet_after_the_shown_bylines_names_is_no_author() -> None:
    shown = '<div class="byline">Ann Lee and Bo Park, Harbour Daily</div>'
    assert article_of(under_title=shown).authors == ["Ann Lee", "Bo Park"]
    for outlet in (", KXYZ", " KXYZ NEWS"):  # an outlet in capitals, after a comma or not
        shown = f'<div class="byline">Ann Lee and Bo Park{outlet}</div>'
        assert article_of(under_title=shown).authors == ["Ann Lee", "Bo Park"]
    shown = '<div class="byline">Ann Lee and Bo Park III</div>'  # a suffix stays
    assert article_of(under_title=shown).authors == ["Ann Lee", "Bo Park III"]
    # a surname that is also an organisation's word, and names in capitals, stay names
    shown = '<div class="byline">Bo Park, Ann White</div>'
    assert article_of(under_title=shown).authors == ["Bo Park", "Ann White"]
    shown = '<div class="byline">ANN LEE, BO PARK</div>'
    assert [a.title() for a in article_of(under_title=shown).authors] == ["Ann Lee", "Bo Park"]


def test_a_byline_written_over_several_source_lines() -> None:
    # The source's line ends between "By" and the names are spaces, the last one too.
    shown = (
        '<p class="byline">\nBy\n<span class="by-author"><a rel="author" href="/a/ann">'
        'Ann Lee</a>, </span>\n<span class="by-author"><a rel="author" href="/a/bo">Bo Park'
        '</a></span>\n<time datetime="2024-05-02T09:00:00Z">2024-05-02T09:00:00Z</time>\n</p>'
    )
    assert article_of(under_title=shown).authors == ["Ann Lee", "Bo Park"]


def test_an_agency_alone_before_the_place() -> None:
    shown = (
        '<div class="article-author"><a class="author__name" href="/author/gullwire">Gullwire, </a>'
        '<span class="author__name"> Portwen, </span><span>May 2 2024, 11:06am</span></div>'
    )
    assert article_of(under_title=shown).authors == ["Gullwire"]


def test_a_by_line_beats_a_menu_in_the_same_byline_box() -> None:
    box = (
        '<div class="byline"><div>gullnews</div><ul><li>Share</li><li>Sign Out</li></ul>'
        '<div class="author-box"><span>By</span> <span class="author">Ann Lee</span></div></div>'
    )
    assert article_of(under_title=box).authors == ["Ann Lee"]


def test_the_byline_under_a_headline_set_in_an_h2() -> None:
    donate = "".join(f"<div><h1>€{n}</h1></div>" for n in (5, 10, 20))
    title = "<title>Harbour town votes to rebuild the old lighthouse - Gull</title>"
    html = (
        f"<html><head>{title}</head><body><nav><a href='/'>Home</a></nav><main>"
        "<h2 class='title-block'>Harbour town votes to rebuild the old lighthouse</h2>"
        f"<h4>By Ann Lee | 02/05/2024</h4>{BODY}</main><aside>{donate}</aside></body></html>"
    )
    assert parse_html_text(html).article.authors == ["Ann Lee"]


def test_a_labelled_byline_in_the_articles_footer_not_a_teasers() -> None:
    footer = "<footer><ul><li><span>Author: </span><span>Ann Lee</span></li></ul></footer>"
    teaser = "<aside><p>Ferry timetable changes</p><p>By Bo Park</p></aside>"
    assert article_of(body=BODY + teaser + footer).authors == ["Ann Lee"]
    assert article_of(body=BODY + teaser).authors == []
    # the headline's container, not that of a logo in an h1 the <title> names too
    logo = "<nav><a href='/blog/'><h1>Gull</h1></a></nav>"
    long = BODY * 14  # the footer far under the headline
    page_ = page("<meta property='og:title' content='Lighthouse vote - Gull'>", "", long + footer)
    assert parse_html_text(page_.replace("<nav>", logo + "<nav>")).article.authors == ["Ann Lee"]


def test_an_organisation_in_capitals_is_one_author() -> None:
    shown = '<p class="byline">By U.S. HARBOR AND COAST PATROL</p>'
    assert article_of(under_title=shown).authors == ["U.S. Harbor and Coast Patrol"]
