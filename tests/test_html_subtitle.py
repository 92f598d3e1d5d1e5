"""The dek under an HTML page's headline becomes the article's subtitle, once."""

from __future__ import annotations

from html_pages import ARTICLE
from test_html_page import parse_html_text

DEK = "Forty years after the storm, the council finds the money for the lamp"
LEDE = (
    "PORTWEN — The council of Portwen voted on Tuesday to rebuild the lighthouse that has"
    " stood dark on the northern cliff since the storm of 1987, ending a decade of argument"
    " over its cost."
)


def with_head(head: str, under_title: str = "") -> str:
    page = ARTICLE.replace('<meta charset="utf-8">', f'<meta charset="utf-8">{head}')
    title = "<h1>Harbour town votes to rebuild the old lighthouse</h1>"
    return page.replace(title, title + under_title)


def kinds_of(page: str) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in parse_html_text(page).article.blocks]


def test_a_dek_marked_by_its_class() -> None:
    page = with_head("", f'<p class="article-dek">{DEK}</p>')
    article = parse_html_text(page).article
    assert article.subtitle == DEK
    kinds = kinds_of(page)
    assert kinds[1] == ("subtitle", DEK)
    assert sum(text == DEK for _, text in kinds) == 1  # not a paragraph too


def test_a_heading_the_page_description_repeats() -> None:
    page = with_head(f'<meta name="description" content="{DEK}.">', f"<h2>{DEK}.</h2>")
    assert parse_html_text(page).article.subtitle == DEK + "."


def test_a_description_that_is_the_lede_gives_no_subtitle() -> None:
    page = with_head(f'<meta property="og:description" content="{LEDE}">')
    article = parse_html_text(page).article
    assert article.subtitle is None
    assert article.body()[0].text.startswith(LEDE)


def test_a_page_without_a_dek_has_no_subtitle() -> None:
    assert parse_html_text(ARTICLE).article.subtitle is None


def test_a_lede_right_under_the_headline_stays_in_the_body() -> None:
    # No byline or date between them: the description repeats the first paragraph.
    page = with_head(f'<meta name="description" content="{LEDE}">')
    page = page.replace('<p class="byline">By Marta Quill</p>', "")
    page = page.replace('<time datetime="2024-05-02">May 2, 2024</time>', "")
    page = page.replace("<figure>", "<aside><figure>").replace("</figure>", "</figure></aside>")
    article = parse_html_text(page).article
    assert article.subtitle is None
    assert article.body()[0].text == LEDE
