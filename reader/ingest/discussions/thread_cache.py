"""Threads fetched by address, kept like pages (``page_cache``, under the discussion's
own page), so a thread opened once opens again offline; ``--refresh`` asks the site
again, and first notes which comments the kept copy had (``<entry>.seen``), so the
comments new since then are marked, on this opening and the next ones, until the next
refresh. A blog's comment feed is kept under its own address the same way.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from reader.files import read_regular
from reader.ingest import page_cache
from reader.ingest.discussions.remote import Remote
from reader.ingest.discussions.requests import Getter, Site
from reader.ingest.discussions.saved import saved_thread
from reader.ingest.http_get import Page
from reader.ingest.source import InputError, SourceText, from_bytes

SEEN_LIMIT = 50_000_000  # bytes: the comments' keys of the largest answer a site may send


def read_remote(found: Remote, name: str, refresh: bool) -> SourceText:
    """The thread's answer (as a saved file holds it), from the cache or the site."""
    if not refresh:
        cached = page_cache.read_entry(found.url, found.site.limit)
        if cached is not None:
            cached.name = name
            return cached
    before = _kept_keys(found) if refresh else None
    data = found.fetch()
    source = from_bytes(data, name)
    problem = page_cache.write_entry(Page(found.url, data, "application/json", "utf-8"), found.url)
    if problem:
        source.warnings.append(problem)
    _write_seen(found.url, before)
    return source


def seen_keys(url: str) -> set[str] | None:
    """The comments the thread had before its last refresh; None: none noted."""
    try:
        data = json.loads(read_regular(_seen_path(url), SEEN_LIMIT))
    except (OSError, ValueError, RecursionError):
        return None
    return {k for k in data if isinstance(k, str)} if isinstance(data, list) else None


def _kept_keys(found: Remote) -> set[str] | None:
    try:
        kept = page_cache.read_entry(found.url, found.site.limit)
        thread = saved_thread(kept) if kept is not None else None
    except InputError:  # a damaged copy: nothing to compare with
        return None
    return None if thread is None else {p.url for p in thread.posts if p.url}


def _seen_path(url: str) -> Path:
    return page_cache.entry_path(url).with_suffix(".seen")


def _write_seen(url: str, keys: set[str] | None) -> None:
    path = _seen_path(url)
    try:
        if keys is None:
            path.unlink(missing_ok=True)
            return
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(sorted(keys), handle)
        os.replace(temporary, path)
    except OSError:
        pass  # new comments go unmarked; the thread itself is read


_DECLARED_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?)\s+encoding=["'][^"']*["']""")


def cached_getter(site: Site, refresh: bool) -> Getter:
    """A getter that keeps what it fetches and, unless ``refresh``, answers from it."""
    fetch = site.getter()

    def get(url: str, accept: tuple[str, ...]) -> bytes:
        if not refresh:
            kept = page_cache.read_entry(url, site.limit)
            if kept is not None:  # read as text: UTF-8 now, whatever its XML said before
                return _DECLARED_ENCODING.sub(r"\1", kept.text, count=1).encode("utf-8")
        data = fetch(url, accept)
        page_cache.write_entry(Page(url, data, accept[0], None), url)
        return data

    return get
