"""Where one HTTP(S) request goes: the URL checked and split into what a request line
can carry, and a connection (through the proxy the environment names) whose socket the
fetch's watchdog can shut."""

from __future__ import annotations

import http.client
import re
import socket
import urllib.parse
import urllib.request
from typing import Any

from reader.ingest.http_watchdog import Watchdog
from reader.ingest.source import InputError

_UNSAFE = re.compile(r"[^\x21-\x7e]")  # what a request line cannot carry: spaces, non-ASCII


def split_url(url: str) -> tuple[str, str, int | None, str]:
    """(scheme, host, port, request target); InputError for a URL that cannot be fetched."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
        host = parts.hostname
    except ValueError as error:
        raise InputError(f"not a valid URL: {error}") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"reader does not follow a {scheme or 'relative'}: URL ({url})")
    if not host or _UNSAFE.search(parts.netloc):
        raise InputError(f"not a valid URL: {url}")
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return scheme, host, port, _UNSAFE.sub(lambda m: urllib.parse.quote(m.group()), target)


def connect(
    scheme: str, host: str, port: int | None, watchdog: Watchdog, timeout: float
) -> http.client.HTTPConnection:
    kind = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    proxy = urllib.request.getproxies().get(scheme)
    timeout = min(timeout, max(watchdog.left(), 0.01))
    if proxy and not urllib.request.proxy_bypass(host):
        where = urllib.parse.urlsplit(proxy if "//" in proxy else f"//{proxy}")
        connection = kind(where.hostname or "", where.port, timeout=timeout)
        connection.set_tunnel(host, port)
    else:
        connection = kind(host, port, timeout=timeout)
    hooked: Any = connection  # typeshed does not declare `_create_connection`
    connect = hooked._create_connection  # the plain socket, before any TLS handshake

    def watched(*args: Any, **kwargs: Any) -> socket.socket:
        return watchdog.watch(connect(*args, **kwargs))

    hooked._create_connection = watched
    return connection
