"""A local HTTP server for the discussion tests: the sites' API answers from the
hand-made fixtures in fixtures/discussions, the article page, and error answers (an
unknown id, a rate limit in each site's terms, a server error, an answer too slow).
Loopback only; never the network."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from html_pages import ARTICLE

DISCUSSIONS = Path(__file__).resolve().parent / "fixtures" / "discussions"
FEED_LINK = '<link rel="alternate" type="application/rss+xml" title="Comments Feed" href="{}">'
HITS: list[str] = []
ANSWERS: dict[str, bytes] = {}  # a test's own answers, by path, before the fixtures'
SLOW = 1.0  # seconds /slow/… takes to answer


def fixture(name: str, server: str) -> str:
    """A fixture's text with its article addresses pointing at the test server."""
    return (DISCUSSIONS / name).read_text(encoding="utf-8").replace("{server}", server)


def saved(name: str, server: str, folder: Path) -> Path:
    path = folder / name
    path.write_text(fixture(name, server), encoding="utf-8")
    return path


def _mastodon_answers(server: str) -> dict[str, object]:
    thread = json.loads(fixture("mastodon_thread.json", server))
    root, replies = thread["status"], thread["context"]["descendants"]
    base = "/api/v1/statuses/"
    answers: dict[str, object] = {
        f"{base}{root['id']}": root,
        f"{base}{root['id']}/context": thread["context"],
    }
    reply = replies[1]  # a reply deep in the thread: its context is one branch
    answers[f"{base}{reply['id']}"] = reply
    answers[f"{base}{reply['id']}/context"] = {"ancestors": [root, replies[0]], "descendants": []}
    return answers


class Handler(BaseHTTPRequestHandler):
    server_url = ""

    def do_GET(self) -> None:
        HITS.append(self.path)
        server = self.server_url
        path = self.path
        post = "/2024/05/harbour-lighthouse/"
        if path in ANSWERS:
            self._send(200, "application/json", ANSWERS[path])
        elif path == "/article" or path == "/@page/12345":  # the second: no Mastodon status
            self._send(200, "text/html; charset=utf-8", ARTICLE.encode())
        elif path == post:
            head = FEED_LINK.format(f"{server}{post}feed/")
            page = ARTICLE.replace("<meta charset", head + "<meta charset", 1)
            self._send(200, "text/html; charset=utf-8", page.encode())
        elif path == f"{post}feed/atom/":
            body = fixture("wordpress_comments.atom", server).encode()
            self._send(200, "application/atom+xml; charset=UTF-8", body)
        elif path == "/api/v1/items/9100":
            self._send(200, "application/json", fixture("hn_item.json", server).encode())
        elif path == "/api/v1/items/9105":  # a comment: its story is asked for next
            item = {
                "id": 9105,
                "type": "comment",
                "story_id": 9100,
                "children": [],
                "created_at_i": 1,
            }
            self._json(200, item)
        elif path == "/s/l1ght5.json":
            self._send(200, "application/json", fixture("lobsters_story.json", server).encode())
        elif path.startswith("/api/v1/statuses/") and path in (
            answers := _mastodon_answers(server)
        ):
            self._json(200, answers[path])
        elif path.startswith("/api/v1/statuses/429"):  # Mastodon says when its window resets
            reset = datetime.now(UTC) + timedelta(seconds=90)
            stamp = reset.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            self._json(429, {"error": "Too many requests"}, {"X-RateLimit-Reset": stamp})
        elif path.endswith(("/429", "/429.json")):
            self._json(429, {"message": "Too many requests, slow down"}, {"Retry-After": "30"})
        elif path.startswith("/slow/"):  # answers after any test's timeout
            time.sleep(SLOW)
            self._json(200, {})
        elif path.endswith("/500"):
            self._send(500, "text/html", b"<html>oops</html>")
        elif path.startswith("/api/v1/statuses/12345"):  # a site that is no Mastodon
            self._send(404, "text/html", b"<html><body>Not here</body></html>")
        elif path.startswith("/api/v1/statuses/"):
            self._json(404, {"error": "Record not found"})
        else:
            self._json(404, {"status": 404, "error": "Not Found"})

    def _json(self, status: int, data: object, headers: dict[str, str] | None = None) -> None:
        self._send(status, "application/json; charset=utf-8", json.dumps(data).encode(), headers)

    def _send(
        self, status: int, kind: str, body: bytes, headers: dict[str, str] | None = None
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def running() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    Handler.server_url = url
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    HITS.clear()
    ANSWERS.clear()
    try:
        yield url
    finally:
        httpd.shutdown()
        httpd.server_close()
