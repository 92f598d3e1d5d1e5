"""Web pages by URL: fetched once with a timeout and a size limit, then read from a cache.

The cache (``reader.locations.cache_dir()/pages``) keeps each page's bytes under a hash
of its URL, so a page opened once opens again offline; ``refresh`` fetches it again.
Every failure is an ``InputError`` with a one-line message.
"""

from __future__ import annotations

import hashlib
import re
import socket
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path

from reader import __version__, locations
from reader.ingest.source import InputError, SourceText, from_bytes

TIMEOUT = 20.0  # seconds, for connecting and for each read
MAX_BYTES = 10_000_000
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
ERROR_BODY = 4096  # bytes of an error answer kept for the server's own message


class HTTPStatusError(InputError):
    """An HTTP error status, with what the server said: the start of its answer and
    its headers (a rate limit's Retry-After)."""

    def __init__(self, code: int, reason: str, body: bytes, headers: Message) -> None:
        super().__init__(f"HTTP error {code}: {reason}")
        self.code = code
        self.body = body
        self.headers = headers


def is_url(name: str) -> bool:
    return _URL.match(name) is not None


def cache_file(url: str) -> Path:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
    return locations.cache_dir() / "pages" / key


def fetch_source(url: str, refresh: bool = False) -> SourceText:
    """The page at ``url`` as source text: from the cache, or fetched (and cached)."""
    path = cache_file(url)
    if not refresh and path.exists():
        return from_bytes(path.read_bytes(), url)
    data = fetch(url)
    source = from_bytes(data, url)  # raises for empty or binary content, caching nothing
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(path)
    return source


def fetch(
    url: str,
    timeout: float | None = None,
    limit: int | None = None,
    accept: tuple[str, ...] = PAGE_TYPES,
) -> bytes:
    """The body at ``url``; ``accept``: the content types taken (others are an error)."""
    timeout = TIMEOUT if timeout is None else timeout
    limit = MAX_BYTES if limit is None else limit
    wanted = "text/html,text/*" if accept == PAGE_TYPES else ",".join(accept)
    request = urllib.request.Request(
        url, headers={"User-Agent": f"reader/{__version__}", "Accept": wanted}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            _check_type(response.headers, accept)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise InputError(_too_large(limit))
            data = response.read(limit + 1)
    except urllib.error.HTTPError as error:
        raise HTTPStatusError(error.code, error.reason, _error_body(error), error.headers) from None
    except urllib.error.URLError as error:
        raise InputError(f"cannot fetch the page: {_reason(error.reason)}") from None
    except TimeoutError:
        raise InputError(f"no answer in {timeout:g} seconds (timed out)") from None
    except (OSError, ValueError) as error:
        raise InputError(f"cannot fetch the page: {_reason(error)}") from None
    if len(data) > limit:
        raise InputError(_too_large(limit))
    return data


def _check_type(headers: Message, accept: tuple[str, ...]) -> None:
    kind = headers.get_content_type() if headers.get("Content-Type") else accept[0]
    if kind not in accept:
        what = "a web page" if accept == PAGE_TYPES else " or ".join(accept)
        raise InputError(f"not {what}: the server sent {kind}")


def _error_body(error: urllib.error.HTTPError) -> bytes:
    try:
        return error.read(ERROR_BODY)
    except (OSError, ValueError):
        return b""


def _too_large(limit: int) -> str:
    return f"page too large (over {limit / 1_000_000:g} MB)"


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError | socket.timeout):
        return "timed out"
    text = str(getattr(reason, "strerror", None) or reason)
    return " ".join(text.split()) or "network error"
