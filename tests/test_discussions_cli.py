"""Discussions by address through the command line, as a person types them: each site's
thread fetched once and read again with the network gone, and every way asking a site can
fail said in one line (an unknown id, a rate limit with the site's words and when to try
again, a server error, a site that cannot be reached, one too slow, an answer too large)."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from discussion_server import ANSWERS, fixture, running

from reader import cli
from reader.ingest.discussions import hackernews, lobsters
from reader.ingest.discussions.requests import Site

TITLE = "Harbour town votes to rebuild the old lighthouse"


def _parsed(capsys: pytest.CaptureFixture[str], *names: str) -> list[dict[str, object]]:
    assert cli.main(["parse", "--json", *names]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_each_site_reopens_with_the_network_gone(
    cache: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with running() as site:
        monkeypatch.setattr(hackernews, "API", f"{site}/api/v1/items/")
        monkeypatch.setattr(lobsters, "HOST", site)
        names = ("hn:9100", "https://lobste.rs/s/l1ght5", f"{site}/@keeper/112000000000000003")
        online = _parsed(capsys, *names)
    assert [d["source_kind"] for d in online] == ["hackernews", "lobsters", "mastodon"]
    assert [len(d["article"]["comments"]) for d in online] == [7, 5, 4]  # type: ignore[index]
    assert all(d["article"]["title"] == TITLE for d in online)  # type: ignore[index]
    offline = _parsed(capsys, *names)  # the server is gone: all from the cache
    assert offline == online


def test_refresh_marks_new_comments_in_the_json_and_the_text(
    site: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(hackernews, "API", f"{site}/api/v1/items/")
    item = json.loads(fixture("hn_item.json", site))
    path = "/api/v1/items/9100"
    ANSWERS[path] = json.dumps(dict(item, children=item["children"][:1])).encode()
    try:
        (first,) = _parsed(capsys, "hn:9100")
    finally:
        del ANSWERS[path]  # the thread has grown: a second branch, one reply by its poster
    comments = first["article"]["comments"]  # type: ignore[index]
    assert [(c["author"], c["op"], c["new"]) for c in comments][:2] == [
        ("tidewatcher", False, False),
        ("jl_ferry", False, False),
    ]
    (grown,) = _parsed(capsys, "--refresh", "hn:9100")
    comments = grown["article"]["comments"]  # type: ignore[index]
    assert [(c["author"], c["op"]) for c in comments if c["new"]] == [
        ("bitsandbuoys", False),
        ("marina_k", True),
    ]
    assert cli.main(["parse", "--text", "hn:9100"]) == 0  # from the cache: the marks stay
    heads = [line.strip() for line in capsys.readouterr().out.splitlines() if "(new)" in line]
    assert [h.split(" ·")[0] for h in heads] == ["6. bitsandbuoys (new)", "7. marina_k (OP) (new)"]


def _exact(text: str) -> str:
    return re.escape(text)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("hn:404", _exact("no Hacker News item 404")),
        (
            "hn:429",
            _exact(
                "Hacker News is limiting requests (Too many requests, slow down); "
                "try again in 30 seconds"
            ),
        ),
        ("hn:500", _exact("HTTP error 500: Internal Server Error from Hacker News")),
        ("https://lobste.rs/s/nosuch", _exact("no Lobsters story nosuch")),
        (
            "https://lobste.rs/s/429",
            _exact(
                "Lobsters is limiting requests (Too many requests, slow down); "
                "try again in 30 seconds"
            ),
        ),
        ("{site}/@keeper/9", _exact("no status 9 on ") + r"127\.0\.0\.1:\d+"),
        (  # Mastodon's own header: when its window resets, 90 seconds on
            "{site}/@keeper/429",
            _exact("Mastodon is limiting requests (Too many requests); try again in ")
            + r"(8\d|90) seconds",  # a loaded machine may take seconds
        ),
    ],
)
def test_what_a_site_answers_is_one_line(
    site: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    said: str,
) -> None:
    monkeypatch.setattr(hackernews, "API", f"{site}/api/v1/items/")
    monkeypatch.setattr(lobsters, "HOST", site)
    name = name.format(site=site)
    assert cli.main(["parse", name]) == 1
    assert re.fullmatch(_exact(f"reader: {name}: ") + said + "\n", capsys.readouterr().err)


def _closed_port() -> int:
    with socket.socket() as probe:  # bound, never listening: connections are refused
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("api", "limits", "said"),
    [
        ("http://127.0.0.1:{closed}/", Site("Hacker News"), "cannot fetch the page: .*refused"),
        (
            "{site}/slow/",
            Site("Hacker News", timeout=0.3),
            r"no answer in 0\.3 seconds \(timed out\)",
        ),
        ("{site}/api/v1/items/", Site("Hacker News", limit=500), r"page too large \(over .*\)"),
    ],
)
def test_no_answer_says_which_site_in_one_line(
    site: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    api: str,
    limits: Site,
    said: str,
) -> None:
    monkeypatch.setattr(hackernews, "API", api.format(site=site, closed=_closed_port()))
    monkeypatch.setattr(hackernews, "SITE", limits)
    assert cli.main(["parse", "hn:9100"]) == 1
    assert re.fullmatch("reader: hn:9100: Hacker News: " + said + "\n", capsys.readouterr().err)
