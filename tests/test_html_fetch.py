"""URLs: fetched from a local HTTP server in the test (never the network), then cached."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from html_pages import ARTICLE

from reader import cli, locations
from reader.ingest import http_get, page_cache
from reader.ingest.source import InputError
from reader.sources import load_document, read_input

HITS: list[str] = []


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        HITS.append(self.path)
        if self.path == "/missing":
            self._send(404, "text/html", b"<html>not here</html>")
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", ARTICLE.encode())
        elif self.path == "/big":
            self._send(200, "text/html", b"<html>" + b"x" * 5000 + b"</html>")
        elif self.path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4")
        elif self.path == "/text":
            self._send(200, "text/plain; charset=utf-8", b"A plain page\n\nBy Someone\n")
        else:
            self._send(200, "text/html; charset=utf-8", ARTICLE.encode())

    def _send(self, status: int, kind: str, body: bytes) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    HITS.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(locations, "cache_dir", lambda: tmp_path / "cache")
    return tmp_path / "cache"


def test_a_page_by_url_is_the_same_document(server: str) -> None:
    document = load_document(f"{server}/article")
    assert document.input_name == f"{server}/article"
    assert document.article.title == "Harbour town votes to rebuild the old lighthouse"
    assert len(document.article.comments) == 4


def test_http_error_is_one_line(server: str) -> None:
    with pytest.raises(InputError, match=r"^HTTP error 404: Not Found$"):
        load_document(f"{server}/missing")


def test_timeout(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http_get, "TIMEOUT", 0.3)
    with pytest.raises(InputError, match="timed out") as error:
        load_document(f"{server}/slow")
    assert "\n" not in str(error.value)


def test_too_large(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http_get, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match=r"too large"):
        load_document(f"{server}/big")


def test_not_html_or_text(server: str) -> None:
    with pytest.raises(InputError, match=r"^not a web page: the server sent application/pdf$"):
        load_document(f"{server}/pdf")


def test_plain_text_pages_go_to_the_text_parser(server: str) -> None:
    blocks = load_document(f"{server}/text").article.blocks
    assert [b.lines for b in blocks if b.text == "A plain page"] == [[1]]  # input lines
    assert read_input(f"{server}/text").text.startswith("A plain page")


def test_network_failure_is_one_line() -> None:
    with pytest.raises(InputError, match=r"^cannot fetch the page: ") as error:
        load_document("http://127.0.0.1:9/nothing-listens-here")
    assert "\n" not in str(error.value)


def test_cache_reuse_offline_and_refresh(server: str, cache: Path) -> None:
    url = f"{server}/article"
    first = load_document(url)
    assert HITS == ["/article"] and any(cache.rglob("*"))
    HITS.clear()
    again = load_document(url)
    assert HITS == [] and again.article.title == first.article.title
    load_document(url, refresh=True)
    assert HITS == ["/article"]


def test_reopening_works_offline(cache: Path) -> None:
    url = "http://127.0.0.1:9/cached-page"
    page = http_get.Page(url, ARTICLE.encode(), "text/html", "utf-8")
    assert page_cache.write_entry(page, url) is None
    assert load_document(url).article.title.startswith("Harbour town")
    with pytest.raises(InputError, match="cannot fetch"):
        load_document(url, refresh=True)


def test_cli_parse_refresh(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"{server}/article"
    assert cli.main(["parse", "--text", url]) == 0
    assert cli.main(["parse", "--text", "--refresh", url]) == 0
    assert HITS == ["/article", "/article"]
    assert "harbour town votes" in capsys.readouterr().out.lower()
    assert cli.main(["parse", f"{server}/missing"]) == 1
    assert "HTTP error 404" in capsys.readouterr().err


def test_the_app_reads_as_parse_does_and_refresh_fetches_again(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui import loading, run

    opened: list[str] = []

    def run_app(name: str | None, refresh: bool = False) -> int:
        opened.append(loading.read(name, refresh).text[:15])  # the app's own read
        return 0

    monkeypatch.setattr(run, "run_app", run_app)
    monkeypatch.setattr(cli, "_no_screen", lambda: False)  # as on a terminal
    url = f"{server}/article"
    assert cli.main([url]) == 0 and HITS == ["/article"]  # fetched, and cached
    assert cli.main([url]) == 0 and HITS == ["/article"]  # from the cache
    assert cli.main(["--refresh", url]) == 0 and HITS == ["/article", "/article"]
    assert opened == ["<!DOCTYPE html>"] * 3
    assert read_input(url).text.startswith("<!DOCTYPE html>")  # from the cache


def test_a_scheme_in_capitals_is_a_url_for_the_app_and_for_parse(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.ui import loading

    url = server.replace("http://", "Http://") + "/article"
    assert cli.main(["parse", "--text", url]) == 0
    assert "harbour town votes" in capsys.readouterr().out.lower()
    assert loading.read(url).text.startswith("<!DOCTYPE html>")
