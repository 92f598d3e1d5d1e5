"""Asking the sites: one request per thread (two for Mastodon), a comment's story, and
one-line errors for an unknown id, a rate limit, a server error, an unreachable site."""

from __future__ import annotations

import json
import socket
from email.message import Message
from pathlib import Path

import pytest
from discussion_server import HITS

from reader import cli
from reader.ingest.discussions import hackernews, lobsters, mastodon, requests
from reader.ingest.discussions.requests import Site
from reader.ingest.source import InputError


@pytest.fixture
def hn(site: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(hackernews, "API", f"{site}/api/v1/items/")
    return site


def test_hacker_news_addresses() -> None:
    assert hackernews.item_id("https://news.ycombinator.com/item?id=9100") == 9100
    assert hackernews.item_id("https://news.ycombinator.com/item?p=2&id=77#c") == 77
    assert hackernews.item_id("hn:42") == 42
    assert hackernews.item_id("https://news.ycombinator.com/news") is None
    assert mastodon.status_address("https://harbour.social/@keeper/112") == (
        "https://harbour.social",
        "112",
    )
    assert mastodon.status_address("https://a.b/@x@c.d/5") == ("https://a.b", "5")
    assert mastodon.status_address("https://a.b/users/x/statuses/5") == ("https://a.b", "5")
    assert mastodon.status_address("https://a.b/@x/about") is None
    assert lobsters.story_id("https://lobste.rs/s/l1ght5/harbour_town") == "l1ght5"


def test_one_request_gives_the_whole_thread(hn: str) -> None:
    data = hackernews.fetch_item(9100, hackernews.SITE.getter())
    assert isinstance(data, dict) and len(data["children"]) == 2
    assert HITS == ["/api/v1/items/9100"]


def test_a_comment_id_opens_its_story(hn: str) -> None:
    data = hackernews.fetch_item(9105, hackernews.SITE.getter())
    assert isinstance(data, dict) and data["id"] == 9100
    assert HITS == ["/api/v1/items/9105", "/api/v1/items/9100"]


def test_a_reply_on_mastodon_brings_the_whole_thread(site: str) -> None:
    saved = mastodon.fetch_thread(site, "112000000000000003", mastodon.SITE.getter())
    assert saved["status"]["id"] == "112000000000000001"  # type: ignore[index]
    assert len(saved["context"]["descendants"]) == 3  # type: ignore[index]
    assert mastodon.is_thread(json.loads(json.dumps(saved)))


def test_lobsters_story_json(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lobsters, "HOST", site)
    data = lobsters.fetch_story("l1ght5", lobsters.SITE.getter())
    assert lobsters.is_story(data) and HITS == ["/s/l1ght5.json"]


def test_an_unknown_id_says_so(hn: str) -> None:
    with pytest.raises(InputError, match=r"^no Hacker News item 404$"):
        hackernews.fetch_item(404, hackernews.SITE.getter())
    with pytest.raises(InputError, match=r"^no status 9 on 127\.0\.0\.1:\d+$"):
        mastodon.fetch_thread(hn, "9", mastodon.SITE.getter())


def test_a_rate_limit_gives_the_sites_words_and_when_to_retry(hn: str) -> None:
    with pytest.raises(InputError) as caught:
        hackernews.fetch_item(429, hackernews.SITE.getter())
    assert str(caught.value) == (
        "Hacker News is limiting requests (Too many requests, slow down); try again in 30 seconds"
    )


def test_a_reset_time_tells_when(monkeypatch: pytest.MonkeyPatch) -> None:
    headers = Message()
    headers["X-RateLimit-Reset"] = "2024-05-02T14:10:00.000Z"
    now = 1714658700.0  # 14:05:00
    assert requests.retry_time(headers, now) == "after 14:10 UTC"
    assert requests.retry_time(Message(), now) == "later"


def test_a_server_error_and_an_unreachable_site_are_one_line(hn: str) -> None:
    with pytest.raises(
        InputError, match=r"^HTTP error 500: Internal Server Error from Hacker News$"
    ):
        hackernews.fetch_item(500, hackernews.SITE.getter())
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    getter = Site("Hacker News", timeout=2).getter()
    with pytest.raises(InputError, match=r"^Hacker News: cannot fetch the page: .*refused"):
        hackernews.fetch_item(1, lambda url, accept: getter(f"http://127.0.0.1:{port}/x", accept))


def test_the_size_limit_holds(hn: str) -> None:
    small = Site("Hacker News", limit=500)
    with pytest.raises(InputError, match=r"too large"):
        hackernews.fetch_item(9100, small.getter())


def test_a_saved_answer_opens_with_reader_parse(
    site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from discussion_server import saved

    path = saved("lobsters_story.json", site, tmp_path)
    assert cli.main(["parse", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source_kind"] == "lobsters" and data["discussion"]["score"] == 31
    assert [c["parent"] for c in data["article"]["comments"]] == [None, 1, 2, None, None]


def test_other_json_is_read_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.json"
    path.write_text('{"shopping": ["bread", "milk"]}\n')
    assert cli.main(["parse", "--json", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["source_kind"] == "text"
    deep = tmp_path / "deep.json"
    deep.write_text('{"a":' * 100_000 + "1" + "}" * 100_000)
    assert cli.main(["parse", "--json", str(deep)]) == 1
    assert capsys.readouterr().err.strip().endswith("JSON nested too deeply to read")


def test_an_article_that_cannot_be_fetched_leaves_the_story_with_a_note(
    site: str, tmp_path: Path
) -> None:
    from discussion_server import fixture

    from reader.sources import load_document

    path = tmp_path / "item.json"
    path.write_text(fixture("hn_item.json", site).replace("/article", "/gone"))
    document = load_document(str(path))
    texts = [b.text for b in document.article.blocks]
    assert texts[0] == "Harbour town votes to rebuild the old lighthouse"
    assert f"{site}/gone" in texts
    assert "The article was not fetched: HTTP error 404: Not Found." in texts
    assert len(document.article.comments) == 7
