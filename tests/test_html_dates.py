"""HTML input without the publisher's data: the date is the one the page shows soon after
the headline, in the byline's box or opening the body, not a teaser's."""

from __future__ import annotations

from test_html_metadata import BODY, article_of, json_ld, page
from test_html_page import parse_html_text

TEASER = (
    "<div class='latest'><a href='/x'>Ferry timetable changes</a> <time>April 3, 2024</time></div>"
)
BYLINE = (
    "<div class='article-byline'><div class='name'>by <a href='/a/ann-lee'>Ann Lee</a></div>"
    "<div class='when'>| May 2, 2024 9:40 AM</div></div>"
)


def test_the_date_in_the_byline_box_not_a_teasers_time() -> None:
    above = page(under_title=BYLINE).replace("<main>", TEASER + "<main>")
    article = parse_html_text(above).article
    assert (article.published, article.timestamp_text) == ("2024-05-02", "| May 2, 2024 9:40 AM")
    below = page(under_title=BYLINE).replace("</main>", "</main>" + TEASER)
    assert parse_html_text(below).article.published == "2024-05-02"


def test_a_date_line_opening_the_first_paragraph() -> None:
    opening = (
        "<p><strong>May 2, 2024</strong><br><em>This letter appears in the summer issue of"
        " the magazine; replies are welcome.</em></p>"
    )
    above = page(body=opening + BODY).replace("<main>", TEASER + "<main>")
    assert parse_html_text(above).article.published == "2024-05-02"


def test_a_publication_date_shown_after_an_update() -> None:
    shown = "<p class='meta'>Updated May 3, 2024</p><p class='meta'>May 2, 2024</p>"
    assert article_of(under_title=shown).published == "2024-05-02"
    assert article_of(under_title="<p class='meta'>Updated May 3, 2024</p>").published == (
        "2024-05-03"
    )


def test_a_date_in_an_aside_after_the_headline_is_a_teasers() -> None:
    aside = "<aside><p>Ferry timetable changes</p><p>April 3, 2024</p></aside>"
    shown = "<p class='meta'>May 2, 2024</p>"
    assert article_of(under_title=aside + shown).published == "2024-05-02"


def test_the_times_in_one_element_are_read_one_by_one() -> None:
    shown = (
        "<span class='posted-on'><time class='published' datetime='2024-05-02'>May 2, 2024 | 6:03"
        " pm</time><time class='updated' datetime='2024-05-02'>May 2, 2024 | 6:03 pm</time></span>"
    )
    assert article_of(under_title=shown).timestamp_text == "May 2, 2024 | 6:03 pm"


def test_a_last_update_shown_before_the_publication() -> None:
    shown = "<p class='meta'>Last updated: May 3, 2024</p><p class='meta'>May 2, 2024</p>"
    assert article_of(under_title=shown).published == "2024-05-02"


def test_a_date_after_the_bodys_first_paragraphs_is_a_teasers() -> None:
    # the page dates its article above the headline, and a teaser after the body
    teaser = (
        "<ul class='more'><li><a href='/x'>Ferry changes</a> <span>April 3, 2024</span></li></ul>"
    )
    above = "<p class='kicker'><time datetime='2024-05-02'>May 2, 2024</time></p><h1>"
    page_ = page(body=BODY + teaser).replace("<h1>", above, 1)
    assert parse_html_text(page_).article.published == "2024-05-02"


def test_the_date_after_the_byline_on_its_line() -> None:
    for line in ("By Ann Lee | May 2, 2024", "<span>Ann Lee</span><span>·</span>2 May 2024"):
        shown = f"<p class='post-meta'>{line}</p>"
        above = page(under_title=shown).replace("<main>", TEASER + "<main>")
        assert parse_html_text(above).article.published == "2024-05-02"


def test_the_bodys_update_line_under_a_shown_publication() -> None:
    shown = "<time datetime='2024-05-02T09:40'>May 2, 2024</time>"
    update = "<p>Updated May 9, 2024</p>"
    article = article_of(under_title=shown + update)
    assert article.published == "2024-05-02"
    assert article_of(under_title=update).published == "2024-05-09"


def test_publication_words_of_other_languages() -> None:
    """A "Publié le", "Veröffentlicht am", "Pubblicato il", "Publicado el" line is the
    date, under an update's line in the same language, over a teaser's above."""
    for shown in (
        "<p class='meta'>Publié le 2 mai 2024 à 9h40</p>",
        "<p class='meta'>Veröffentlicht am 2. Mai 2024</p>",
        "<p class='meta'>Pubblicato il 2 maggio 2024 alle 9:40</p>",
        "<p>Actualizado el 3 de mayo de 2024</p><p>Publicado el 2 de mayo de 2024</p>",
    ):
        above = page(under_title=shown).replace("<main>", TEASER + "<main>")
        assert parse_html_text(above).article.published == "2024-05-02", shown


def test_the_date_under_a_headline_set_in_plain_text() -> None:
    """No h1: the headline is og:title's, shown in a ``strong``; the date under it is the
    article's, not a teaser's above it."""
    headline = "Harbour town votes to rebuild the old lighthouse"
    shown = f"<div class='lead'><strong>{headline}</strong></div><time>May 2, 2024</time>"
    plain = page(f"<meta property='og:title' content='{headline}'>", body=shown + BODY)
    plain = plain.replace(f"<h1>{headline}</h1>", "").replace("<main>", TEASER + "<main>")
    assert parse_html_text(plain).article.published == "2024-05-02"


def test_a_relative_time_dated_by_its_title() -> None:
    shown = "<span class='ago' title='May 2, 2024 9:40 AM'>5 days ago</span>"
    teaser = "<p class='meta'>May 9, 2024</p>"  # a teaser's date further down
    article = article_of(under_title=shown, body=BODY + teaser)
    assert (article.published, article.timestamp_text) == ("2024-05-02", "5 days ago")


def test_a_data_date_in_epoch_seconds() -> None:
    # 1714651200 is noon, UTC, on 2 May 2024; an "Updated" line shows a later day.
    data = {"@type": "NewsArticle", "datePublished": 1714651200}
    shown = "<p class='meta'>Updated May 9, 2024</p>"
    assert article_of(json_ld(data), shown).published == "2024-05-02"
    assert article_of(json_ld({**data, "datePublished": 1714651200000}), shown).published == (
        "2024-05-02"
    )
