"""HTML input: small pages written for these tests become the same document model."""

from __future__ import annotations

from html_pages import ARTICLE, DRUPAL_COMMENTS, OTHER_COMMENT_MARKUP

from reader.analysis.threads import build_threads
from reader.ingest.source import from_bytes, looks_like_html
from reader.model import BlockKind, Comment, Document
from reader.sources import parse_source


def parse_html_text(text: str, name: str = "page.html") -> Document:
    return parse_source(from_bytes(text.encode("utf-8"), name))


def test_detection_by_name_and_by_content() -> None:
    assert looks_like_html("a.html", "anything")
    assert looks_like_html("a.HTM", "anything")
    assert looks_like_html("-", "\n  <!DOCTYPE html><html>")
    assert looks_like_html("page.txt", "<html lang='en'><body>")
    assert not looks_like_html("page.txt", "A headline\n\nBy Someone\n\nThe body <b>text</b>.")


def test_article_blocks_map_to_the_text_kinds() -> None:
    article = parse_html_text(ARTICLE).article
    kinds = [(b.kind.value, b.text) for b in article.blocks]
    assert kinds[0] == ("title", "Harbour town votes to rebuild the old lighthouse")
    assert ("byline", "By Marta Quill") in kinds
    assert ("caption", "The lighthouse at dusk last winter.") in kinds
    assert ("heading", "A long campaign") in kinds
    body = [b.text for b in article.body()]
    assert body[0].startswith("PORTWEN — The council")
    assert any(t.startswith("The light is part of who we are") for t in body)  # block quote
    assert not any("Weather forecast" in b.text for b in article.blocks)  # navigation left out
    assert article.authors == ["Marta Quill"]
    assert article.published == "2024-05-02"
    assert article.site == "The Gull Gazette"
    assert article.dateline == "PORTWEN"


def test_lines_number_the_extracted_text() -> None:
    document = parse_html_text(ARTICLE)
    numbers = [n for b in document.article.blocks for n in b.lines]
    numbers += [n for c in document.article.comments for b in c.blocks for n in b.lines]
    assert numbers == list(range(1, len(numbers) + 1))
    assert document.line_count == len(numbers)


def test_quotes_and_speakers_run_on_html() -> None:
    article = parse_html_text(ARTICLE).article
    assert [q.speaker for q in article.quotes] == ["Harriet Vell"]
    assert [s.name for s in article.speakers] == ["Harriet Vell"]


def test_wordpress_comment_tree_from_the_markup() -> None:
    comments = parse_html_text(ARTICLE).article.comments
    assert [(c.number, c.kind, c.author, c.parent) for c in comments] == [
        (1, "comment", "Ossian Brae", None),
        (2, "comment", "Lina Moor", 1),
        (3, "comment", "Tam Reddle", None),
        (4, "pingback", None, None),
    ]
    assert comments[1].date_text == "May 2, 2024 at 10:40 am"
    assert [(e.kind, e.comment, e.matched) for e in comments[1].reply_evidence] == [
        ("markup", 1, "ul.children")
    ]
    assert comments[0].text.startswith("About time.")
    assert "Reply" not in comments[0].text and "says" not in comments[0].blocks[0].text


def test_drupal_indented_replies() -> None:
    comments = parse_html_text(DRUPAL_COMMENTS).article.comments
    assert [(c.author, c.date_text, c.parent) for c in comments] == [
        ("Pell", "June 1, 2024 7:10 AM", None),
        ("Anonymous", "June 2, 2024 8:00 PM", 1),
        ("Rook", "June 1, 2024 9:30 AM", None),
    ]
    assert comments[1].reply_evidence[0].matched == "div.indented"


def paragraphs(comment: Comment) -> list[str]:
    return [b.text for b in comment.blocks if b.kind is BlockKind.PARAGRAPH]


def test_comments_in_prefixed_and_underscored_markup_and_a_trackback_list() -> None:
    comments = parse_html_text(OTHER_COMMENT_MARKUP).article.comments
    shown = [(c.kind, c.author, c.date_text, paragraphs(c)) for c in comments]
    assert shown == [
        ("comment", "Wren Halloway", "March 1, 2025",
         ["Fuel went down last year and the fares did not."]),
        ("comment", "Piet Sandoval", "March 2, 2025 at 6:15 am",
         ["The season ticket is what matters to most of us."]),
        ("pingback", None, None, ["Island round-up: fares, tides and the fair | Coast Notes"]),
    ]  # fmt: skip


def test_text_threading_does_not_override_markup_parents() -> None:
    article = parse_html_text(ARTICLE).article
    article.comments[2].parent = 1  # as if the text had found a reply
    build_threads(article)
    assert [c.parent for c in article.comments] == [None, 1, None, None]


def test_page_without_comment_markup_has_no_comments() -> None:
    page = ARTICLE.split('<section id="comments">')[0] + "</main></body></html>"
    assert parse_html_text(page).article.comments == []
