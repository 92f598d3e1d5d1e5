"""Hacker News threads: the Algolia item's tree, authors, times, deleted and dead
comments, code, quotes and links; the story's page as the article; an Ask HN."""

from __future__ import annotations

from pathlib import Path

from discussion_server import saved

from reader.model import BlockKind
from reader.render.json_out import document_dict
from reader.sources import load_document


def test_the_tree_authors_and_times_are_the_sites(site: str, tmp_path: Path) -> None:
    document = load_document(str(saved("hn_item.json", site, tmp_path)))
    comments = document.article.comments
    shape = [(c.number, c.author, c.parent, c.kind) for c in comments]
    assert shape == [
        (1, "tidewatcher", None, "comment"),
        (2, "jl_ferry", 1, "comment"),
        (3, None, 2, "deleted"),  # deleted, its reply kept under it
        (4, "tidewatcher", 3, "comment"),
        (5, "quietkeel", 1, "dead"),
        (6, "bitsandbuoys", None, "comment"),
        (7, "marina_k", 6, "comment"),
    ]
    assert comments[1].time == "2024-05-02T15:02:41Z"
    assert comments[1].date_text == "2024-05-02 15:02 UTC"
    assert comments[1].url == "https://news.ycombinator.com/item?id=9103"
    assert [e.kind for e in comments[1].reply_evidence] == ["source"]
    assert document.source_kind == "hackernews"


def test_comment_html_becomes_paragraphs_quotes_code_and_links(site: str, tmp_path: Path) -> None:
    comments = load_document(str(saved("hn_item.json", site, tmp_path))).article.comments
    reply = comments[1]
    assert [b.kind for b in reply.blocks] == [
        BlockKind.QUOTE,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]
    assert reply.blocks[0].text == "Anyone know who voted against?"
    assert reply.blocks[0].source_comment == 1  # the parent's words
    assert comments[0].blocks[1].source_comment is None  # quotes the article, not a comment
    # A shortened link shows its whole address; words keep their address beside them.
    minutes = "https://example.org/council/minutes/2024-04-30-harbour-committee.html"
    assert reply.blocks[2].text == f"Minutes are here: {minutes}"
    assert "history page (https://example.org/lighthouse/history)" in comments[6].text
    code = next(b for b in comments[5].blocks if b.kind is BlockKind.CODE)
    assert (
        code.text
        == "  def flashes(period, count):\n      return [i * period for i in range(count)]"
    )
    assert comments[5].blocks[-1].text == "Three flashes every ten seconds, as before."


def test_the_story_page_is_the_article_and_the_story_the_discussion(
    site: str, tmp_path: Path
) -> None:
    document = load_document(str(saved("hn_item.json", site, tmp_path)))
    assert document.article.title == "Harbour town votes to rebuild the old lighthouse"
    assert document.article.authors == ["Marta Quill"]  # from the page, not the submitter
    assert document.article.speakers[0].name == "Harriet Vell"
    discussion = document.discussion
    assert discussion is not None
    assert (discussion.author, discussion.score, discussion.comment_count) == ("marina_k", 214, 6)
    assert discussion.url == "https://news.ycombinator.com/item?id=9100"
    assert discussion.article_url == f"{site}/article"
    data = document_dict(document)
    assert data["discussion"]["time"] == "2024-05-02T14:05:09Z"
    lines = [n for b in document.article.blocks for n in b.lines]
    lines += [n for c in document.article.comments for b in c.blocks for n in b.lines]
    assert lines == list(range(1, len(lines) + 1)) and document.line_count == len(lines)


def test_an_ask_hn_text_is_the_article(site: str, tmp_path: Path) -> None:
    document = load_document(str(saved("hn_ask.json", site, tmp_path)))
    article = document.article
    assert article.title == "Ask HN: How do you read long threads without a connection?"
    assert article.authors == ["offline_owl"]
    assert [b.kind for b in article.blocks] == [
        BlockKind.TITLE,
        BlockKind.BYLINE,
        BlockKind.TIMESTAMP,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]
    assert article.blocks[3].text == "I ride a ferry with no signal for an hour each way."
    assert [(c.author, c.parent) for c in article.comments] == [
        ("deckhand", None),
        ("offline_owl", 1),
    ]
