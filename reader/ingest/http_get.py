"""One HTTP(S) GET, bounded in every way a server could stretch it.

A connect and each read time out (``TIMEOUT``); the whole fetch, redirects included,
has one deadline (``DEADLINE``): a watchdog shuts the socket when it passes, so a server
trickling a byte a second cannot hold reader. The body stops at ``MAX_BYTES``; a body
shorter than its Content-Length, or a chunked body cut off, is an error, never a page.
Redirects: at most ``MAX_REDIRECTS``, http(s) only, a loop named in one line.
Every failure is an ``InputError`` with one clean line (server text is cleaned).
"""

from __future__ import annotations

import http.client
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message

from reader import __version__
from reader.files import megabytes
from reader.ingest.http_connection import connect, split_url
from reader.ingest.http_failures import failure
from reader.ingest.http_watchdog import Watchdog
from reader.ingest.source import InputError
from reader.model.clean import one_line

TIMEOUT = 20.0  # seconds, for connecting and for each read
DEADLINE = 60.0  # seconds, for the whole fetch
MAX_BYTES = 10_000_000
MAX_REDIRECTS = 10
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
ERROR_BODY = 4096  # bytes of an error answer kept for the server's own message
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class HTTPStatusError(InputError):
    """An HTTP error status, with what the server said: the start of its answer and
    its headers (a rate limit's Retry-After)."""

    def __init__(self, code: int, reason: str, body: bytes, headers: Message) -> None:
        super().__init__(f"HTTP error {code}: {one_line(reason)[:80]}")
        self.code = code
        self.body = body
        self.headers = headers


@dataclass(frozen=True, slots=True)
class Limits:
    accept: tuple[str, ...]  # the content types taken
    timeout: float  # seconds, to connect and for each read
    size: int  # bytes of the body


@dataclass(frozen=True, slots=True)
class Page:
    url: str  # after redirects
    data: bytes
    content_type: str
    charset: str | None  # as the Content-Type header names it


def get(
    url: str,
    accept: tuple[str, ...] = PAGE_TYPES,
    timeout: float | None = None,
    limit: int | None = None,
) -> Page:
    """The body at `url`, following redirects; InputError for every failure.

    `accept`: the content types taken; `timeout` and `limit` default to TIMEOUT and
    MAX_BYTES; the whole fetch ends by DEADLINE.
    """
    timeout = TIMEOUT if timeout is None else timeout
    limits = Limits(accept, timeout, MAX_BYTES if limit is None else limit)
    watchdog = Watchdog(DEADLINE)
    seen = [url]
    try:
        for _ in range(MAX_REDIRECTS + 1):
            page, location = _get_once(url, watchdog, limits)
            if page is not None:
                return page
            url = urllib.parse.urljoin(url, location)
            if url in seen:
                raise InputError(f"the server redirects in a loop (back to {url})")
            seen.append(url)
        raise InputError(f"too many redirects (over {MAX_REDIRECTS})")
    finally:
        watchdog.stop()


def _get_once(url: str, watchdog: Watchdog, limits: Limits) -> tuple[Page | None, str]:
    """(the page, "") or (None, where it redirects to)."""
    scheme, host, port, target = split_url(url)
    connection = connect(scheme, host, port, watchdog, limits.timeout)
    try:
        connection.request("GET", target, headers=_headers(limits.accept))
        response = connection.getresponse()
        if response.status in _REDIRECTS and response.getheader("Location"):
            return None, response.getheader("Location", "")
        if response.status >= 400:
            body = response.read(ERROR_BODY)
            raise HTTPStatusError(response.status, response.reason, body, response.headers)
        kind = _content_type(response, limits.accept)
        data = _body(response, limits.size)
        if watchdog.expired:  # the watchdog's shutdown ended a body of no stated length
            raise TimeoutError
        return Page(url, data, kind, response.headers.get_content_charset()), ""
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise failure(error, watchdog, limits.timeout) from None
    finally:
        connection.close()


def _headers(accept: tuple[str, ...]) -> dict[str, str]:
    wanted = "text/html,text/*" if accept == PAGE_TYPES else ",".join(accept)
    return {"User-Agent": f"reader/{__version__}", "Accept": wanted}


def _content_type(response: http.client.HTTPResponse, accept: tuple[str, ...]) -> str:
    headers = response.headers
    kind = headers.get_content_type() if headers.get("Content-Type") else accept[0]
    if kind not in accept:
        what = "a web page" if accept == PAGE_TYPES else " or ".join(accept)
        raise InputError(f"not {what}: the server sent {kind}")
    encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
    if encoding != "identity":
        raise InputError(f"the server sent the page compressed ({encoding}), unasked")
    return kind


def _body(response: http.client.HTTPResponse, limit: int) -> bytes:
    length = response.getheader("Content-Length", "")
    if length.isascii() and length.isdigit() and int(length) > limit:
        raise InputError(too_large(limit))
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        part = response.read(min(65536, limit + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    if size > limit:
        raise InputError(too_large(limit))
    if response.length:  # Content-Length promised more than came
        raise http.client.IncompleteRead(b"", response.length)
    return b"".join(parts)


def too_large(limit: int) -> str:
    return f"page too large (over {megabytes(limit)})"
