"""Discussions by address through the one way in (reader.sources) and the command line:
fetched once and then read offline, --refresh marking the comments new since the last
fetch, one-line errors, a Mastodon-looking address that is a page, a blog post by URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from discussion_server import ANSWERS, HITS, fixture

from reader import cli
from reader.ingest.discussions import hackernews, lobsters
from reader.sources import load_document


@pytest.fixture
def hn(site: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(hackernews, "API", f"{site}/api/v1/items/")
    return site


def test_hn_n_opens_the_thread_and_reopens_it_offline(
    hn: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["parse", "--json", "hn:9100"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["input"] == "hn:9100" and first["source_kind"] == "hackernews"
    assert first["article"]["title"] == "Harbour town votes to rebuild the old lighthouse"
    assert len(first["article"]["comments"]) == 7
    asked = list(HITS)
    url = "https://news.ycombinator.com/item?id=9100"  # the same thread: the same kept copy
    assert cli.main(["parse", "--json", url]) == 0
    again = json.loads(capsys.readouterr().out)
    assert asked == HITS  # nothing asked again: the thread and its page were kept
    assert again["article"]["comments"] == first["article"]["comments"]


def test_refresh_marks_the_comments_new_since_the_last_fetch(hn: str) -> None:
    item = json.loads(fixture("hn_item.json", hn))
    ANSWERS["/api/v1/items/9100"] = json.dumps(dict(item, children=item["children"][:1])).encode()
    assert [c.new for c in load_document("hn:9100").article.comments] == [False] * 5
    del ANSWERS["/api/v1/items/9100"]  # the thread has grown: a second branch
    grown = load_document("hn:9100", refresh=True)
    assert [c.number for c in grown.article.comments if c.new] == [6, 7]
    reopened = load_document("hn:9100")  # offline, the marks stay until the next refresh
    assert [c.number for c in reopened.article.comments if c.new] == [6, 7]
    again = load_document("hn:9100", refresh=True)
    assert not any(c.new for c in again.article.comments)


def test_errors_are_one_line(hn: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", "hn:404"]) == 1
    assert capsys.readouterr().err == "reader: hn:404: no Hacker News item 404\n"
    assert cli.main(["parse", "hn:429"]) == 1
    assert capsys.readouterr().err == (
        "reader: hn:429: Hacker News is limiting requests (Too many requests, slow down); "
        "try again in 30 seconds\n"
    )


def test_lobsters_and_mastodon_by_address(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lobsters, "HOST", site)
    story = load_document("https://lobste.rs/s/l1ght5/harbour_town_votes")
    assert story.source_kind == "lobsters" and len(story.article.comments) == 5
    toot = load_document(f"{site}/@keeper/112000000000000003")  # a reply: the whole thread
    assert toot.source_kind == "mastodon" and len(toot.article.comments) == 4
    page = load_document(f"{site}/@page/12345")  # its host answers as no Mastodon does
    assert page.source_kind == "html" and page.discussion is None


def test_a_wordpress_post_by_url_has_its_feeds_tree_offline_too(site: str) -> None:
    url = f"{site}/2024/05/harbour-lighthouse/"
    document = load_document(url)
    assert document.source_kind == "wordpress"
    assert [c.parent for c in document.article.comments] == [None, 1, None, 3]
    asked = list(HITS)
    assert load_document(url).article.comments[1].parent == 1
    assert asked == HITS


def test_the_saved_answer_and_the_fetched_one_read_alike(hn: str, tmp_path: Path) -> None:
    path = tmp_path / "item.json"
    path.write_text(fixture("hn_item.json", hn))
    saved, fetched = load_document(str(path)), load_document("hn:9100")
    assert [c.blocks for c in saved.article.comments] == [
        c.blocks for c in fetched.article.comments
    ]
