"""Discussions by address: which site and its key, a blog post's comment feed taking
the place of the comments read off its page, and comments new since the last fetch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from discussion_server import HITS, fixture

from reader.ingest.discussions import comment_feed, hackernews
from reader.ingest.discussions.article_page import with_comment_feed
from reader.ingest.discussions.new_comments import comment_keys, mark_new
from reader.ingest.discussions.remote import remote
from reader.ingest.fetch import fetch_source
from reader.ingest.source import SourceText
from reader.sources import load_document, parse_source


def test_one_thread_one_key() -> None:
    short, long = remote("hn:9100"), remote("https://news.ycombinator.com/item?id=9100")
    assert short is not None and long is not None and short.url == long.url
    lobsters = remote("https://lobste.rs/s/l1ght5/harbour_town")
    assert lobsters is not None and lobsters.url == "https://lobste.rs/s/l1ght5"
    assert remote("https://example.org/news/lighthouse") is None
    assert remote("notes.txt") is None


def test_a_fetched_thread_reads_as_its_saved_answer(
    site: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(hackernews, "API", f"{site}/api/v1/items/")
    found = remote("hn:9105")  # a comment: the story comes
    assert found is not None
    path = tmp_path / "fetched.json"
    path.write_bytes(found.fetch())
    assert HITS == ["/api/v1/items/9105", "/api/v1/items/9100"]
    fetched = load_document(str(path))
    assert fetched.source_kind == "hackernews" and len(fetched.article.comments) == 7


def test_a_wordpress_post_takes_its_feeds_tree(site: str) -> None:
    page = fetch_source(f"{site}/2024/05/harbour-lighthouse/")
    from_page = parse_source(_as_file(page))
    assert from_page.source_kind == "html"
    document = with_comment_feed(from_page, page, comment_feed.SITE.getter())
    assert document.source_kind == "wordpress"
    assert [(c.author, c.parent) for c in document.article.comments] == [
        ("Ossian Brae", None),
        ("Lina Moor", 1),
        (None, None),
        ("Tam Reddle", 3),
    ]
    assert document.article.title == "Harbour town votes to rebuild the old lighthouse"
    assert "/2024/05/harbour-lighthouse/feed/atom/" in HITS  # the Atom form: it has the tree


def test_a_feed_holding_fewer_comments_than_the_page_leaves_the_page_s(site: str) -> None:
    page = fetch_source(f"{site}/2024/05/harbour-lighthouse/")
    from_page = parse_source(_as_file(page))

    def short_feed(url: str, accept: tuple[str, ...]) -> bytes:
        text = fixture("wordpress_comments.atom", site)
        return text[: text.index("<entry>")].encode() + text[text.rindex("</entry>") :].encode()

    kept = with_comment_feed(from_page, page, short_feed)
    assert kept is from_page and kept.source_kind == "html"


def _as_file(page: SourceText) -> SourceText:
    """The page as a saved file: read alone, its feed not asked for."""
    return SourceText("post.html", page.text, page.encoding)


def test_the_feed_a_page_declares() -> None:
    page = '<link rel="alternate" type="application/rss+xml" href="/blog/a-post/feed/">'
    page += '<link rel="alternate" type="application/rss+xml" href="/feed/">'
    assert comment_feed.comment_feed_url(page, "https://b.example/blog/a-post/") == (
        "https://b.example/blog/a-post/feed/"
    )
    generator = '<meta name="generator" content="WordPress 6.5">'
    assert (
        comment_feed.comment_feed_url(generator, "https://b.example/x/")
        == "https://b.example/x/feed/"
    )
    assert comment_feed.comment_feed_url("<p>no feed</p>", "https://b.example/x/") is None
    assert comment_feed.atom_form("https://b.example/x/feed/") == "https://b.example/x/feed/atom/"


def test_comments_not_there_before_are_new(site: str, tmp_path: Path) -> None:
    item = json.loads(fixture("hn_item.json", site))
    older = dict(item, children=item["children"][:1])  # the thread before the second branch
    path = tmp_path / "older.json"
    path.write_text(json.dumps(older))
    before = comment_keys(load_document(str(path)))
    path.write_text(json.dumps(item))
    now = load_document(str(path))
    assert mark_new(now, before) == 2
    assert [c.number for c in now.article.comments if c.new] == [6, 7]
