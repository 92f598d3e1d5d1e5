"""A discussion by its address: which site, its own page (the cache's key), and how to
fetch it as the answer a saved file holds (so a fetched thread and a saved one read alike).

``hn:N`` and ``https://news.ycombinator.com/item?id=N`` are one thread (one key); so
are a Lobsters story with and without its title slug.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from reader.ingest.discussions import hackernews, lobsters, mastodon
from reader.ingest.discussions.requests import Getter, Site


@dataclass(frozen=True, slots=True)
class Remote:
    kind: str  # "hackernews", "lobsters", "mastodon"
    url: str  # the discussion's page: the key its answer is cached under
    site: Site  # its limits: a timeout, a size
    fetch: Callable[[], bytes]  # asks the site; the answer as a saved file holds it


Ask = Callable[[Getter], object]  # asks the site for the thread; its answer, parsed
Found = tuple[str, str, Site, Ask]  # kind, key, the site's limits, the question


def _hacker_news(name: str) -> Found | None:
    item = hackernews.item_id(name)
    if item is None:
        return None
    key = f"{hackernews.ITEM}{item}"
    return hackernews.KIND, key, hackernews.SITE, partial(hackernews.fetch_item, item)


def _lobsters(name: str) -> Found | None:
    story = lobsters.story_id(name)
    if story is None:
        return None
    key = f"{lobsters.HOST}/s/{story}"
    return lobsters.KIND, key, lobsters.SITE, partial(lobsters.fetch_story, story)


def _mastodon(name: str) -> Found | None:
    status = mastodon.status_address(name)
    if status is None:
        return None
    key = name.split("?")[0].split("#")[0]
    return mastodon.KIND, key, mastodon.SITE, partial(mastodon.fetch_thread, *status)


def remote(name: str) -> Remote | None:
    """The discussion a name points to, or None (a page, a file)."""
    for address in (_hacker_news, _lobsters, _mastodon):
        found = address(name)
        if found is not None:
            kind, key, site, ask = found
            return Remote(kind, key, site, partial(_answer, ask, site.getter()))
    return None


def _answer(ask: Ask, get: Getter) -> bytes:
    return _encoded(ask(get))


def _encoded(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
