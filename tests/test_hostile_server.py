"""A misbehaving web server (loopback, inside the test) and a tampered cache.

Each answer is written byte for byte by a raw socket server, so it can be anything a
real server must not send. Whatever it sends, reader gives a page or one clean
`reader:` line, within its deadline, and caches only whole pages.
"""

from __future__ import annotations

import contextlib
import os
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FIXTURES
from html_pages import ARTICLE

from reader import cli, locations
from reader.ingest import http_get, page_cache
from reader.ingest.discussions import hackernews
from reader.ingest.fetch import fetch_source
from reader.ingest.source import InputError
from reader.model import Document
from reader.sources import load_document

Answer = Callable[[socketserver.StreamRequestHandler], None]
PAGE = ARTICLE.encode()


def plain(status: str, headers: list[str], body: bytes) -> Answer:
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{h}\r\n" for h in headers) + "\r\n"
    return lambda handler: handler.wfile.write(head.encode("latin-1") + body)


def page(body: bytes = PAGE, kind: str = "text/html; charset=utf-8") -> Answer:
    return plain("200 OK", [f"Content-Type: {kind}", f"Content-Length: {len(body)}"], body)


def trickle(handler: socketserver.StreamRequestHandler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>")
    for _ in range(100):  # a byte every 0.05 s: each read is quick, the whole is not
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.05)


def endless(handler: socketserver.StreamRequestHandler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>")
    while True:
        handler.wfile.write(b"<p>more</p>" * 1000)


KOI8 = "<html><body><h1>Новости</h1><p>Город решил восстановить маяк.</p></body></html>"
ANSWERS: dict[str, Answer] = {
    "/page": page(),
    "/koi8": page(KOI8.encode("koi8-r"), "text/html; charset=koi8-r"),
    "/reason": plain("404 Not\x1b]0;owned\x07 Found\x1b[2J", ["Content-Length: 0"], b""),
    "/kind": plain("200 OK", ["Content-Type: application/x\x1b[31mevil"], b"x"),
    "/cut": plain("200 OK", ["Content-Type: text/html", "Content-Length: 9000"], PAGE[:2000]),
    "/cut-chunked": plain(
        "200 OK", ["Content-Type: text/html", "Transfer-Encoding: chunked"], b"400\r\n<html>"
    ),
    "/garbage": lambda h: h.wfile.write(b"\x16\x03\x01 nonsense \x1b[2J\r\n\r\n"),
    "/long-header": plain("200 OK", ["X-Long: " + "a" * 70_000], PAGE),
    "/many-headers": plain("200 OK", [f"X-H{k}: v" for k in range(150)], PAGE),
    "/trickle": trickle,
    "/endless": endless,
    "/gzip": plain(
        "200 OK",
        ["Content-Type: text/html", "Content-Encoding: gzip", "Content-Length: 20"],
        b"\x1f\x8b\x08\x00" + b"\x00" * 16,
    ),
    "/loop-a": plain("302 Found", ["Location: /loop-b", "Content-Length: 0"], b""),
    "/loop-b": plain("302 Found", ["Location: /loop-a", "Content-Length: 0"], b""),
    "/to-file": plain("302 Found", ["Location: file:///etc/passwd", "Content-Length: 0"], b""),
    "/a%20b": page(),
    "/rate/1": plain(  # when to retry: past any clock
        "429 Too Many Requests",
        ["Retry-After: " + "9" * 5000, "X-RateLimit-Reset: 9" + "0" * 30, "Content-Length: 0"],
        b"",
    ),
    "/rate/2": plain(  # digits that are no number
        "429 Too Many Requests",
        ["Retry-After: \xb2", "X-RateLimit-Reset: \xb3", "Content-Length: 0"],
        b"",
    ),
}


class Handler(socketserver.StreamRequestHandler):
    timeout = 5

    def handle(self) -> None:
        request = self.rfile.readline(65537).decode("latin-1").split()
        while self.rfile.readline(65537).strip():
            pass
        path = request[1] if len(request) > 1 else "/"
        HITS.append(path)
        with contextlib.suppress(OSError):  # reader hung up: as it should, for a few
            ANSWERS.get(path, plain("404 Not Found", ["Content-Length: 0"], b""))(self)


HITS: list[str] = []


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True


@pytest.fixture(scope="module")
def running() -> Iterator[str]:
    httpd = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def server(running: str) -> str:
    HITS.clear()
    return running


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(locations, "cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(http_get, "TIMEOUT", 2.0)
    monkeypatch.setattr(http_get, "DEADLINE", 4.0)
    return tmp_path / "cache"


def refused(url: str) -> str:
    """The one line `reader parse URL` prints, checked clean; the cache checked empty."""
    with pytest.raises(InputError) as error:
        fetch_source(url)
    message = str(error.value)
    assert "\n" not in message and all(c >= " " and c != "\x7f" for c in message), message
    assert not page_cache.entry_path(url).exists()
    return message


def test_server_text_in_a_message_is_cleaned(server: str) -> None:
    assert refused(f"{server}/reason") == "HTTP error 404: Not Found"
    assert refused(f"{server}/kind") == "not a web page: the server sent application/xevil"


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/cut", "cut off"),
        ("/cut-chunked", "cut off"),
        ("/garbage", "not a proper HTTP answer"),
        ("/long-header", "not a proper HTTP answer"),
        ("/many-headers", "not a proper HTTP answer"),
        ("/gzip", "compressed"),
        ("/to-file", "does not follow a file: URL"),
    ],
)
def test_a_broken_answer_is_one_line_and_nothing_is_cached(
    server: str, path: str, said: str
) -> None:
    assert said in refused(server + path)


def test_one_deadline_for_the_whole_fetch(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http_get, "DEADLINE", 0.6)
    start = time.monotonic()
    assert "no complete answer in 0.6 seconds" in refused(f"{server}/trickle")
    assert time.monotonic() - start < 2


def test_an_endless_body_stops_at_the_limit(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http_get, "MAX_BYTES", 100_000)
    assert "too large" in refused(f"{server}/endless")


def test_a_redirect_loop_is_one_line(server: str) -> None:
    loop = f"{server}/loop-a"
    assert refused(loop) == f"the server redirects in a loop (back to {loop})"


@pytest.mark.parametrize(
    ("url", "said"),
    [("http://[::1/", "not a valid URL"), ("http://exa mple.com/", "not a valid URL")],
)
def test_a_url_that_cannot_be_fetched_is_one_line(url: str, said: str) -> None:
    assert said in refused(url)


def test_a_space_in_the_path_is_sent_encoded(server: str) -> None:
    assert fetch_source(f"{server}/a b").text == ARTICLE


def test_the_charset_header_is_honoured_and_kept_with_the_page(server: str) -> None:
    url = f"{server}/koi8"
    assert "Город решил" in fetch_source(url).text
    HITS.clear()
    assert "Город решил" in fetch_source(url).text and HITS == []  # from the cache


def test_a_cut_off_cache_entry_says_refresh(server: str) -> None:
    url = f"{server}/page"
    fetch_source(url)
    entry = page_cache.entry_path(url)
    entry.write_bytes(entry.read_bytes()[:-100])
    with pytest.raises(InputError, match=r"cut off.*reader --refresh"):
        fetch_source(url)
    assert fetch_source(url, refresh=True).text == ARTICLE


@pytest.mark.parametrize("damage", [b"garbage", b"reader-cache 1\n{\n", b"\x00\x01" * 50])
def test_a_corrupt_cache_entry_says_refresh(damage: bytes) -> None:
    url = "http://127.0.0.1:9/page"
    entry = page_cache.entry_path(url)
    entry.parent.mkdir(parents=True)
    entry.write_bytes(damage)
    with pytest.raises(InputError, match=r"damaged.*--refresh"):
        fetch_source(url)


def test_a_cache_entry_that_is_a_directory_is_one_line(server: str) -> None:
    url = f"{server}/page"
    page_cache.entry_path(url).mkdir(parents=True)
    with pytest.raises(InputError, match=r"is a directory.*--refresh"):
        fetch_source(url)
    source = fetch_source(url, refresh=True)  # read, with a warning: it cannot be kept
    assert source.text == ARTICLE and "could not be kept" in source.warnings[0]


def test_a_cache_folder_that_is_a_file_or_unwritable_only_warns(server: str, cache: Path) -> None:
    cache.parent.mkdir(exist_ok=True)
    cache.write_text("not a folder")
    source = fetch_source(f"{server}/page")
    assert source.text == ARTICLE and len(source.warnings) == 1


def test_a_planted_part_link_is_not_followed(server: str, tmp_path: Path) -> None:
    url = f"{server}/page"
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    entry = page_cache.entry_path(url)
    entry.parent.mkdir(parents=True)
    entry.with_suffix(".part").symlink_to(victim)
    fetch_source(url)
    assert victim.read_text() == "mine"
    assert fetch_source(url).text == ARTICLE


def test_two_refreshes_of_one_url_at_once(server: str) -> None:
    url = f"{server}/page"
    failures: list[BaseException] = []

    def refresh() -> None:
        try:
            for _ in range(5):
                fetch_source(url, refresh=True)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=refresh) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and fetch_source(url).text == ARTICLE


def test_the_command_line_prints_one_clean_line(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["parse", f"{server}/reason", f"{server}/garbage"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and all(line.startswith("reader: ") for line in lines)
    assert "\x1b" not in "".join(lines)


@pytest.mark.parametrize("item", [1, 2])
def test_a_rate_limit_with_no_time_one_can_wait_is_one_line(
    server: str, item: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hackernews, "API", f"{server}/rate/")
    with pytest.raises(InputError) as error:
        hackernews.fetch_item(item, hackernews.SITE.getter())
    assert str(error.value).endswith("(HTTP error 429: Too Many Requests); try again later")


def test_a_fifo_planted_as_a_threads_seen_list_is_not_waited_on() -> None:
    """The list of comments a kept thread had (``.seen``) is read as every file is: a
    regular file only (a FIFO there blocked the opening of the thread for ever)."""
    url = "https://news.ycombinator.com/item?id=9200"
    data = (FIXTURES / "discussions" / "hn_ask.json").read_bytes()
    assert (
        page_cache.write_entry(http_get.Page(url, data, "application/json", "utf-8"), url) is None
    )
    os.mkfifo(page_cache.entry_path(url).with_suffix(".seen"))
    opened: list[Document] = []
    reading = threading.Thread(target=lambda: opened.append(load_document("hn:9200")), daemon=True)
    reading.start()
    reading.join(30)
    assert opened and opened[0].article.comments
    assert not any(c.new for c in opened[0].article.comments)
