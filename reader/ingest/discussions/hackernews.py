"""Hacker News threads, whole, from the public Algolia items endpoint.

``reader https://news.ycombinator.com/item?id=N`` and ``reader hn:N`` ask
``https://hn.algolia.com/api/v1/items/N`` once; when N is a comment, its story is asked
for next. The answer, saved, opens as the thread (``reader item.json``).

The response (the fields reader uses), an item with its replies nested::

    {
      "id": 4000,                                 the item's id (int)
      "type": "story",                            "story", "comment", "poll", "pollopt", "job"
      "author": "alice",                          null when the item was deleted
      "created_at": "2024-03-01T14:05:09.000Z",   when it was posted
      "created_at_i": 1709301909,                 the same in seconds (when created_at is missing)
      "title": "A story",                         stories only
      "url": "https://example.com/a",             the story's link; null for a text post (Ask HN)
      "text": "First<p>&gt; quoted<p><pre><code>x</code></pre>",   HTML; null when deleted
      "points": 120,                              the story's points; null on comments
      "parent_id": 3999,                          the item answered; null on a story
      "story_id": 4000,                           the story the item belongs to
      "children": [ ...items of the same shape... ],
      "dead": true, "deleted": true               when present: a killed or deleted item
    }

A deleted comment comes with neither author nor text but keeps its children; it is
shown as deleted, its replies under it. Poll options are the story's text.
"""

from __future__ import annotations

import re
from typing import Any

from reader.ingest.discussions.requests import Getter, Site, get_json
from reader.ingest.discussions.thread import (
    COMMENT,
    DEAD,
    DELETED,
    Post,
    Thread,
    markup,
    number,
    text,
    web_url,
)
from reader.ingest.discussions.times import iso_utc
from reader.ingest.source import InputError

KIND = "hackernews"
SITE = Site("Hacker News", timeout=30.0, limit=50_000_000)  # a 5,000-comment thread is ~6 MB
API = "https://hn.algolia.com/api/v1/items/"
ITEM = "https://news.ycombinator.com/item?id="
_URL = re.compile(r"^https?://news\.ycombinator\.com/item\?(?:.*&)?id=(\d+)(?:[&#].*)?$", re.I)
_SHORT = re.compile(r"^hn:(\d+)$", re.IGNORECASE)
_TYPES = frozenset({"story", "comment", "poll", "pollopt", "job"})


def item_id(name: str) -> int | None:
    """The item a name points to: a news.ycombinator.com item URL, or "hn:N"."""
    match = _URL.match(name) or _SHORT.match(name)
    return int(match.group(1)) if match else None


def is_item(data: object) -> bool:
    """An Algolia item by its shape: an int id, a known type, replies in "children"."""
    return (
        isinstance(data, dict)
        and number(data.get("id")) is not None
        and data.get("type") in _TYPES
        and isinstance(data.get("children"), list)
        and ("created_at" in data or "created_at_i" in data)
    )


def fetch_item(ident: int, get: Getter) -> object:
    """The thread of item ``ident``: the item, or its story when it is a comment."""
    data = get_json(get, f"{API}{ident}", SITE, f"no {SITE.name} item {ident}")
    if not is_item(data):
        raise InputError(f"{SITE.name} sent no item for {ident}")
    assert isinstance(data, dict)
    story = number(data.get("story_id"))
    if data.get("type") == "comment" and story is not None and story != ident:
        data = get_json(get, f"{API}{story}", SITE, f"no {SITE.name} item {story}")
        if not is_item(data):
            raise InputError(f"{SITE.name} sent no item for {story}")
    return data


def to_thread(item: dict[str, Any]) -> Thread:
    ident = number(item.get("id"))
    thread = Thread(KIND, SITE.name, f"{ITEM}{ident}")
    thread.title = text(item.get("title"))
    thread.author = text(item.get("author"))
    thread.time = _time(item)
    thread.score = number(item.get("points"))
    thread.article_url = web_url(item.get("url"))
    thread.html = markup(item.get("text"))
    stack: list[tuple[dict[str, Any], str | None]] = [(c, None) for c in reversed(_children(item))]
    while stack:  # depth first, in the site's order, without recursion (deep threads)
        child, parent = stack.pop()
        key = str(child.get("id"))
        if child.get("type") == "pollopt":
            points = number(child.get("points"))
            option = markup(child.get("text"))
            thread.html += f"<p>Poll option: {option}" + (f" ({points} points)" if points else "")
            continue
        thread.posts.append(_post(child, key, parent))
        stack.extend((grandchild, key) for grandchild in reversed(_children(child)))
    return thread


def _children(item: dict[str, Any]) -> list[dict[str, Any]]:
    found = item.get("children")
    return [c for c in found if isinstance(c, dict)] if isinstance(found, list) else []


def _post(item: dict[str, Any], key: str, parent: str | None) -> Post:
    author = text(item.get("author"))
    post = Post(key, parent, author, _time(item), markup(item.get("text")))
    post.url = f"{ITEM}{key}"
    if item.get("deleted") is True or (author is None and not post.html):
        post.state = DELETED
    elif item.get("dead") is True:
        post.state = DEAD
    else:
        post.state = COMMENT
    return post


def _time(item: dict[str, Any]) -> str | None:
    return iso_utc(item.get("created_at")) or iso_utc(item.get("created_at_i"))
