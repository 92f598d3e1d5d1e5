"""A comment-classed element that holds the article stays the article (written pages)."""

from __future__ import annotations

import pytest
from test_html_page import parse_html_text

from reader.model import Article

_NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
_BODY = """<p>The island's ferry will keep sailing four times a day through the winter, the
operator said on Monday, after a month in which residents had feared the service would be
cut to two crossings.</p>
<p>"People here do not drive to the shops, they sail to them," said Ewan Marsh, who chairs
the island council, after a meeting with the operator's board on the quay.</p>
<p>The operator had proposed fewer crossings to save fuel, but a grant from the regional
transport fund now covers the cost of the two extra sailings until the spring.</p>"""
_COMMENTS = """<section id="comments"><ol class="commentlist">
<li class="comment" id="comment-7"><div class="comment-author"><cite class="fn">Iona Reid</cite>
</div><p>Good news for everyone who works on the mainland and lives out on the island.</p></li>
</ol></section>"""
_HEADLINE = "Island ferry keeps its winter timetable after all"


def _page(article: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        "<title>Ferry | The Inlet Courier</title></head>"
        f"<body>{_NAV}{article}{_COMMENTS}</body></html>"
    )


def _seen(article: Article) -> tuple[str | None, list[str], list[str | None]]:
    body = [b.text[:30] for b in article.body()]
    return article.title, body, [c.author for c in article.comments]


_EXPECTED_BODY = [
    "The island's ferry will keep s",
    '"People here do not drive to t',
    "The operator had proposed fewe",
]


@pytest.mark.parametrize("masthead", ["", "<h1><a href='/'>The Inlet Courier</a></h1>"])
def test_a_comment_classed_wrapper_with_the_body_stays_the_article(masthead: str) -> None:
    page = _page(f'{masthead}<div class="comment">{_BODY}</div>')
    _, body, authors = _seen(parse_html_text(page).article)
    assert body == _EXPECTED_BODY
    assert authors == ["Iona Reid"]


def test_a_comment_classed_wrapper_with_the_headline_keeps_it() -> None:
    page = _page(f'<div class="comment"><h1>{_HEADLINE}</h1><p>By Ruth Calder</p></div>{_BODY}')
    article = parse_html_text(page).article
    assert _seen(article) == (_HEADLINE, _EXPECTED_BODY, ["Iona Reid"])
    assert "By Ruth Calder" in [b.text for b in article.blocks]


def test_a_comment_classed_element_around_the_holder_holds_the_article_too() -> None:
    page = _page(
        f'<div class="comment"><p>Filed at noon.</p><div class="comment">{_BODY}</div></div>'
    )
    _, body, authors = _seen(parse_html_text(page).article)
    assert body[-3:] == _EXPECTED_BODY
    assert authors == ["Iona Reid"]


def test_a_long_comment_under_a_short_article_stays_a_comment() -> None:
    long = " ".join(["The crossing matters to everyone who works on the mainland."] * 30)
    comment = (
        '<section id="comments"><ol><li class="comment" id="comment-9">'
        f'<cite class="fn">Ewan Marsh</cite><p>{long}</p></li></ol></section>'
    )
    page = (
        "<!DOCTYPE html><html><head><title>Ferry | The Inlet Courier</title></head><body>"
        f"<h1><a href='/'>The Inlet Courier</a></h1>{_NAV}<main><h1>{_HEADLINE}</h1>"
        f"{_BODY}</main>{comment}</body></html>"
    )
    article = parse_html_text(page).article
    assert article.title == _HEADLINE
    assert [b.text[:30] for b in article.body()] == _EXPECTED_BODY
    assert [(c.author, len(c.blocks[-1].text.split())) for c in article.comments] == [
        ("Ewan Marsh", 300)
    ]


def test_list_items_classed_comment_with_a_name_and_a_date_alone_are_no_comments() -> None:
    """An opinion section's teasers ("comment" as in a column) link to other articles
    and hold no text of a reader's: no comment, though each names a writer and a date."""
    teasers = "".join(
        f'<li class="teaser comment"><a href="/opinion/{k}">Why the ferry matters {k}</a>'
        f'<span class="author">{name}</span><time>{k} Nov 2025, 4:32pm</time></li>'
        for k, name in ((3, "Una Berwick"), (4, "Tam Okafor"))
    )
    page = _page(f"<article><h1>{_HEADLINE}</h1>{_BODY}</article><ul>{teasers}</ul>")
    assert [c.author for c in parse_html_text(page).article.comments] == ["Iona Reid"]
