"""HTML input: who wrote the article as content systems emit it (session 36's families,
bench/html_templates_authored.py): an author marked by a data attribute, names each set
in an element of one template, a company credited in data over a person's byline, the
authors only in the article's record in a script of the app's state, a publication date
only in a data attribute."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html
from test_html_cms import HEADLINE, article_of

from reader.ingest.html_app_state import app_state_date

TITLE = f"<title>{HEADLINE} | Gull Post</title>"
DATED = '<time datetime="2023-09-14">September 14, 2023</time>'


@pytest.mark.parametrize(
    "attribute", ['data-testid="AuthorName"', 'data-qa="byline-author"', 'data-component="Byline"']
)
def test_an_author_marked_by_a_data_attribute_is_read(attribute: str) -> None:
    credit = f'<div class="c-3f"><span {attribute}>Ines Calloway</span></div>'
    article = article_of(TITLE, "", f"<h1>{HEADLINE}</h1>{credit}{DATED}")
    assert article.authors == ["Ines Calloway"]


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="byline">By <span class="byline__name">Ines Calloway</span>'
        '<span class="byline__name">Tobiah Wrenfield</span></div>',
        '<div class="c-9"><span class="author-name">Ines Calloway</span> <span class="c-2">'
        'and</span> <span class="author-name">Tobiah Wrenfield</span></div>',
        '<p class="contributors"><span data-role="writer" class="who">Ines Calloway</span>, '
        '<span data-role="writer" class="who">Tobiah Wrenfield</span></p>',
    ],
)
def test_names_each_set_in_an_element_of_one_template_are_each_an_author(byline: str) -> None:
    data = f'{{"@type": "NewsArticle", "headline": "{HEADLINE}", "author": "Ines Calloway"}}'
    head = f'{TITLE}<script type="application/ld+json">{data}</script>'
    article = article_of(head, "", f"<h1>{HEADLINE}</h1>{byline}{DATED}")
    assert article.authors == ["Ines Calloway", "Tobiah Wrenfield"]


def test_repeated_elements_with_more_than_names_between_are_no_byline_list() -> None:
    byline = (
        '<div class="byline">By <span class="name">Ines Calloway</span> at the '
        '<span class="name">Harbour Court</span></div>'
    )
    article = article_of(TITLE, "", f"<h1>{HEADLINE}</h1>{byline}{DATED}")
    assert article.authors == ["Ines Calloway"]


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="author" content="Gullhaven Media Group Ltd">',
        '<meta name="parsely-author" content="Brackwater Publishing Co.">',
    ],
)
def test_a_company_in_the_author_meta_yields_to_the_persons_byline_shown(meta: str) -> None:
    byline = '<p class="byline">By Ines Calloway and Tobiah Wrenfield</p>'
    article = article_of(TITLE + meta, "", f"<h1>{HEADLINE}</h1>{byline}{DATED}")
    assert article.authors == ["Ines Calloway", "Tobiah Wrenfield"]


def test_a_company_in_the_author_meta_stands_when_no_byline_is_shown() -> None:
    meta = '<meta name="author" content="Gullhaven Media Group Ltd">'
    article = article_of(TITLE + meta, "", f"<h1>{HEADLINE}</h1>{DATED}")
    assert article.authors == ["Gullhaven Media Group Ltd"]


def _next_data(record: dict[str, object], related: dict[str, object]) -> str:
    data = {"props": {"pageProps": {"story": record, "related": [related]}}}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'


def test_the_authors_of_the_articles_record_in_a_script_of_state() -> None:
    record = {"title": HEADLINE, "authors": [{"name": "Ines Calloway"}, {"name": "Bo Park"}]}
    related = {"title": "Pier lamps relit", "authors": [{"name": "Tobiah Wrenfield"}]}
    article = article_of(TITLE + _next_data(record, related), "", f"<h1>{HEADLINE}</h1>{DATED}")
    assert article.authors == ["Ines Calloway", "Bo Park"]


@pytest.mark.parametrize(
    "script",
    [
        'window.__STATE__ = {"article": {"headline": "%s", "byline": "Ines Calloway"}};',
        'window.__STATE__ = {"article": {"headline": "%s",'
        ' "credits": {"by": [{"displayName": "Ines Calloway"}]}}};',
    ],
)
def test_a_state_assigned_in_a_script_names_the_articles_authors(script: str) -> None:
    head = f"{TITLE}<script>{script % HEADLINE}</script>"
    article = article_of(head, "", f"<h1>{HEADLINE}</h1>{DATED}")
    assert article.authors == ["Ines Calloway"]


def test_a_related_storys_record_names_no_author_of_the_article() -> None:
    related = {"title": "Pier lamps relit", "authors": [{"name": "Tobiah Wrenfield"}]}
    record = {"title": HEADLINE, "section": "Local"}
    article = article_of(TITLE + _next_data(record, related), "", f"<h1>{HEADLINE}</h1>{DATED}")
    assert article.authors == []


@pytest.mark.parametrize(
    "attribute", ['data-published="2023-09-14T07:05:00Z"', 'data-publish-date="1694675100"']
)
def test_a_publication_date_in_a_data_attribute_dates_the_article(attribute: str) -> None:
    teaser = (
        '<div class="latest"><h3><a href="/s/4">Pier lamps relit</a></h3>'
        '<time datetime="2023-09-20">September 20, 2023</time></div>'
    )
    box = f'<div class="article-info" {attribute} data-section="local">By Ines Calloway</div>'
    article = article_of(TITLE, teaser, f"<h1>{HEADLINE}</h1>{box}")
    assert article.published == "2023-09-14"


def test_data_attributes_of_two_days_date_nothing() -> None:
    root = lxml_html.fromstring(
        '<div><p data-published="2023-09-14T07:05:00Z">By Ines Calloway</p>'
        '<p data-pubdate="2023-09-02">Pier lamps relit</p></div>'
    )
    assert app_state_date(root) is None


@pytest.mark.parametrize(
    ("meta", "byline", "authors"),
    [
        # the data's full name over a shorter one shown
        ('<meta name="author" content="Rosalind Church">', "By Ros Church", ["Rosalind Church"]),
        # the data's two writers over the first one shown
        (
            '<meta name="author" content="Helen Church">'
            '<meta name="author" content="Marcus White">',
            "By Helen Church",
            ["Helen Church", "Marcus White"],
        ),
    ],
)
def test_a_person_whose_surname_is_an_organisations_word_is_no_company(
    meta: str, byline: str, authors: list[str]
) -> None:
    """A known first name opens "Rosalind Church": a person the data credits, not a
    company, so the data's authors stand over the byline shown."""
    shown = f'<p class="byline">{byline}</p>'
    article = article_of(TITLE + meta, "", f"<h1>{HEADLINE}</h1>{shown}{DATED}")
    assert article.authors == authors


def test_bare_elements_alike_in_a_byline_are_no_template_of_names() -> None:
    """The writer and the dateline's place each in a bare ``<b>``: elements with no
    attributes are no CMS's template, so the place is no second author."""
    byline = '<p class="byline">By <b>Ines Calloway</b>, <b>Port Ellery</b></p>'
    article = article_of(TITLE, "", f"<h1>{HEADLINE}</h1>{byline}{DATED}")
    assert article.authors == ["Ines Calloway"]


def test_a_cards_name_and_role_run_together_are_no_template_of_names() -> None:
    """Authors' cards, each a name and its role in one element: no element's text is a
    name as it stands, so no name with a piece of its role stuck to it is read."""
    cards = (
        '<div class="authors"><div class="card">Ines Calloway Ferry Correspondent</div>'
        '<div class="card">Tobiah Wrenfield Photo Editor</div></div>'
    )
    article = article_of(TITLE, "", f"<h1>{HEADLINE}</h1>{cards}{DATED}")
    assert set(article.authors) <= {"Ines Calloway", "Tobiah Wrenfield"}
