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


def _hacker_news(name: str) -> tuple[str, Ask] | None:
    item = hackernews.item_id(name)
    if item is None:
        return None
    return f"{hackernews.ITEM}{item}", lambda get: hackernews.fetch_item(item, get)


def _lobsters(name: str) -> tuple[str, Ask] | None:
    story = lobsters.story_id(name)
    if story is None:
        return None
    return f"{lobsters.HOST}/s/{story}", lambda get: lobsters.fetch_story(story, get)


def _mastodon(name: str) -> tuple[str, Ask] | None:
    status = mastodon.status_address(name)
    if status is None:
        return None
    key = name.split("?")[0].split("#")[0]
    return key, lambda get: mastodon.fetch_thread(status[0], status[1], get)


_SITES = (
    (hackernews.KIND, hackernews.SITE, _hacker_news),
    (lobsters.KIND, lobsters.SITE, _lobsters),
    (mastodon.KIND, mastodon.SITE, _mastodon),
)


def remote(name: str) -> Remote | None:
    """The discussion a name points to, or None (a page, a file)."""
    for kind, site, address in _SITES:
        found = address(name)
        if found is not None:
            key, ask = found
            return Remote(kind, key, site, partial(_answer, ask, site.getter()))
    return None


def _answer(ask: Ask, get: Getter) -> bytes:
    return _encoded(ask(get))


def _encoded(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
