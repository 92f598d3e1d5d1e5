"""The 19 HTML pages of ../shared/corpus: the headline of the text copy, the body
without navigation, and the comments counted by hand (with their reply tree)."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import CORPUS, shared_file
from test_corpus_titles import HEADLINE_LINE

from reader.model import Document
from reader.sources import load_document

# name: (comments, pingbacks), counted by hand on each page.
COMMENTS = {
    "aclu-facebook-tracking-comments": (10, 0),  # page 1 of 3
    "californiaglobe-amazon-comments": (12, 8),
    "hearya-metal-list-comments": (38, 1),  # one trackback
    "nervousbreakdown-heart-comments": (11, 0),
    "pft-chargers-lynn-comments": (34, 0),
    "wptavern-stackoverflow-comments": (13, 0),
}
# name: {reply number: parent number}, from the markup's nesting.
REPLIES = {
    "aclu-facebook-tracking-comments": {7: 6, 9: 8},
    "californiaglobe-amazon-comments": {3: 2, 5: 4},
    "wptavern-stackoverflow-comments": {3: 2, 4: 3, 5: 4, 6: 2, 7: 2, 9: 8, 11: 10, 12: 11, 13: 12},
    "nervousbreakdown-heart-comments": {4: 3, 10: 9},
    "pft-chargers-lynn-comments": {},
    "hearya-metal-list-comments": {},
}
NAV = ("Home", "Sign In", "Subscribe", "Menu", "Search")


@cache
def html_document(name: str) -> Document:
    return load_document(str(shared_file(CORPUS / f"{name}.html")))


@pytest.mark.parametrize("name", sorted(HEADLINE_LINE))
def test_headline_is_the_text_copys_headline(name: str) -> None:
    text = shared_file(CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    headline = text.split("\n")[HEADLINE_LINE[name] - 1]
    article = html_document(name).article
    assert article.title == " ".join(headline.replace("\u00a0", " ").split())
    assert [b.kind.value for b in article.blocks].count("title") == 1


@pytest.mark.parametrize("name", sorted(HEADLINE_LINE))
def test_body_without_navigation(name: str) -> None:
    article = html_document(name).article
    body = article.body()
    assert len(body) >= 3
    assert sum(len(b.text.split()) for b in body) >= 150
    assert not [b.text for b in body if b.text in NAV]
    title = next(k for k, b in enumerate(article.blocks) if b.kind.value == "title")
    first = next(k for k, b in enumerate(article.blocks) if b.kind.value == "paragraph")
    assert title < first


@pytest.mark.parametrize("name", sorted(HEADLINE_LINE))
def test_comment_counts(name: str) -> None:
    comments = html_document(name).article.comments
    counted = (
        sum(c.kind == "comment" for c in comments),
        sum(c.kind == "pingback" for c in comments),
    )
    assert counted == COMMENTS.get(name, (0, 0))
    if name in COMMENTS:
        assert all(c.author for c in comments if c.kind == "comment")
        assert all(c.date_text for c in comments if c.kind == "comment")


@pytest.mark.parametrize("name", sorted(REPLIES))
def test_reply_tree_from_the_markup(name: str) -> None:
    comments = html_document(name).article.comments
    assert {c.number: c.parent for c in comments if c.parent is not None} == REPLIES[name]
    for comment in comments:
        if comment.parent is not None:
            assert comment.reply_evidence[0].kind == "markup"


def test_comment_authors_from_the_markup() -> None:
    wptavern = html_document("wptavern-stackoverflow-comments").article.comments
    assert [c.author for c in wptavern[:3]] == [
        "Sallie Goetsch (rhymes with sketch)",
        "Rarst",
        "Barry Kooij",
    ]
    assert wptavern[5].author == "Ammon"
    aclu = html_document("aclu-facebook-tracking-comments").article.comments
    assert aclu[7].author == "Ed B. -Netherlands"
    assert aclu[6].date_text == "April 10, 2018 10:14 PM"


def test_a_commenter_is_not_the_author() -> None:
    article = html_document("nervousbreakdown-heart-comments").article
    assert "Art Edwards" not in article.authors  # the first commenter, not the writer
