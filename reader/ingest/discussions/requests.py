"""Asking a discussion site's API: one HTTP client (``ingest.fetch``), per-site limits,
and one-line errors that say what went wrong in the site's terms.

An unknown id is "no Hacker News item 123"; a rate limit quotes the site's own message
and says when to try again (``Retry-After``, or ``X-RateLimit-Reset`` as Mastodon sends
it); any other HTTP error keeps its status and adds the site's message; no answer at
all (the network, a timeout, the size limit) says which site did not answer.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message

from reader.ingest.discussions.times import iso_utc
from reader.ingest.fetch import HTTPStatusError, fetch
from reader.ingest.source import InputError, clean

JSON_TYPES = ("application/json",)
JSON_OR_PAGE = ("application/json", "text/html")  # an address that may be a site's or not
FEED_TYPES = ("application/atom+xml", "application/rss+xml", "application/xml", "text/xml")
_MESSAGE_KEYS = ("error", "message", "error_description")
_SECONDS = re.compile(r"[0-9]{1,10}")  # a number a clock can hold ("²" is a digit too)

Getter = Callable[[str, tuple[str, ...]], bytes]  # (url, accepted types) -> body


class NotThisSite(InputError):
    """The server answered, but not as the site's API does: the address is a page."""


@dataclass(frozen=True, slots=True)
class Site:
    name: str  # as people write it: "Hacker News"
    timeout: float = 30.0  # seconds, for connecting and each read
    limit: int = 10_000_000  # bytes of one answer

    def getter(self) -> Getter:
        def get(url: str, accept: tuple[str, ...]) -> bytes:
            return fetch(url, timeout=self.timeout, limit=self.limit, accept=accept)

        return get


def get_json(
    get: Getter, url: str, site: Site, missing: str, accept: tuple[str, ...] = JSON_TYPES
) -> object:
    """The JSON at ``url``; ``missing``: what a 404 means ("no Hacker News item 123").
    With ``JSON_OR_PAGE`` an answer that is no JSON (a page, an HTML error) is
    ``NotThisSite``: the address was a page's that looked like the site's."""
    try:
        data = get(url, accept)
    except HTTPStatusError as error:
        if accept == JSON_OR_PAGE and server_message(error.body) is None:
            raise NotThisSite(str(error)) from None
        raise explain(error, site.name, missing) from None
    except InputError as error:  # no answer: the network, a timeout, the size limit
        raise InputError(f"{site.name}: {error}") from None
    if accept == JSON_OR_PAGE and data.lstrip()[:1] not in (b"{", b"["):
        raise NotThisSite(f"{url} is not {site.name}'s")
    return loads(data, site.name)


def loads(data: bytes, what: str) -> object:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):  # RecursionError: nesting past Python's limit
        raise InputError(f"{what} sent something that is not JSON") from None


def explain(error: HTTPStatusError, site: str, missing: str) -> InputError:
    said = server_message(error.body)
    if error.code in (404, 410):
        return InputError(missing)
    if error.code == 429 or (error.code == 503 and error.headers.get("Retry-After")):
        when = retry_time(error.headers, time.time())
        return InputError(f"{site} is limiting requests ({said or str(error)}); try again {when}")
    return InputError(f"{error} from {site}" + (f": {said}" if said else ""))


def server_message(body: bytes) -> str | None:
    """The site's own words in an error answer: a JSON error field, or a short text."""
    text = body.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        data = None
    if isinstance(data, dict):
        found = next((data[k] for k in _MESSAGE_KEYS if isinstance(data.get(k), str)), None)
        text = found or ""
    elif text.startswith("<") or "\n" in text.strip():
        return None  # an HTML error page: its status says enough
    words = " ".join(clean(text).split())
    return words[:200] or None


def retry_time(headers: Message, now: float) -> str:
    """When to try again, from the answer's headers: "in 30 seconds", "after 14:05 UTC"."""
    after = (headers.get("Retry-After") or "").strip()
    if _SECONDS.fullmatch(after):
        return f"in {int(after)} seconds"
    moment = _moment(after) or _moment(headers.get("X-RateLimit-Reset") or "", now)
    if moment is None:
        return "later"
    seconds = int(moment.timestamp() - now)
    if 0 < seconds <= 120:
        return f"in {seconds} seconds"
    return "after " + moment.strftime("%H:%M UTC") if seconds > 0 else "now"


def _moment(value: str, now: float | None = None) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    if _SECONDS.fullmatch(value) and now is not None:  # epoch seconds, or seconds from now
        number = int(value)
        return datetime.fromtimestamp(number if number > 1_000_000_000 else now + number, UTC)
    iso = iso_utc(value)  # ISO (Mastodon's reset) or an HTTP date (Retry-After)
    return None if iso is None else datetime.fromisoformat(iso.replace("Z", "+00:00"))
