"""Web pages by URL: fetched once (``http_get``), then read from the cache (``page_cache``).

A page opened once opens again offline; ``refresh`` fetches it again. Every failure is
an ``InputError`` with a one-line message; a page that cannot be cached is still read,
with a warning. ``fetch`` is the same bounded GET for other content (a site's JSON API,
a feed): callers name the content types they take.
"""

from __future__ import annotations

from reader.ingest import http_get, page_cache
from reader.ingest.http_get import PAGE_TYPES, HTTPStatusError
from reader.ingest.source import SourceText, from_bytes

__all__ = ["PAGE_TYPES", "HTTPStatusError", "fetch", "fetch_source"]


def fetch_source(url: str, refresh: bool = False) -> SourceText:
    """The page at ``url`` as source text: from the cache, or fetched (and cached)."""
    if not refresh:
        cached = page_cache.read_entry(url)
        if cached is not None:
            return cached
    page = http_get.get(url)
    source = from_bytes(page.data, url, page.charset)  # empty or binary: nothing cached
    problem = page_cache.write_entry(page, url)
    if problem:
        source.warnings.append(problem)
    return source


def fetch(
    url: str,
    timeout: float | None = None,
    limit: int | None = None,
    accept: tuple[str, ...] = PAGE_TYPES,
) -> bytes:
    """The body at ``url``; ``accept``: the content types taken (others are an error)."""
    return http_get.get(url, accept, timeout, limit).data
