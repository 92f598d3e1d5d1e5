"""Lobsters stories with their comments, from the story's ``.json``.

``reader https://lobste.rs/s/ID`` (with or without the title slug) asks
``https://lobste.rs/s/ID.json``; the answer, saved, opens as the thread.

The response (the fields reader uses)::

    {
      "short_id": "ab12cd",
      "short_id_url": "https://lobste.rs/s/ab12cd",     the discussion's page
      "comments_url": "https://lobste.rs/s/ab12cd/slug", used when short_id_url is absent
      "title": "A story",
      "url": "https://example.com/a",                   the link; "" for a text post
      "description": "<p>the submitter's text</p>",     HTML, may be ""
      "created_at": "2024-03-01T08:05:09.000-06:00",
      "score": 42,
      "submitter_user": "alice",                        or {"username": "alice", ...} (older)
      "comments": [                                      in thread order, flattened
        {
          "short_id": "c1a2b3",
          "short_id_url": "https://lobste.rs/c/c1a2b3",  the comment's page ("url" too)
          "created_at": "2024-03-01T09:00:00.000-06:00",
          "is_deleted": false, "is_moderated": false,
          "score": 5,
          "parent_comment": null,                        the short_id answered; null: the story
          "depth": 0,
          "comment": "<p>HTML</p>",
          "commenting_user": "bob"                       or {"username": "bob", ...}
        }
      ]
    }

``parent_comment`` gives the tree; ``depth`` is only read when it is missing (an older
answer): the last comment one level up is then the parent.
"""

from __future__ import annotations

import re
from typing import Any

from reader.ingest.discussions.requests import Getter, Site, get_json
from reader.ingest.discussions.thread import (
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

KIND = "lobsters"
SITE = Site("Lobsters", timeout=30.0, limit=20_000_000)
HOST = "https://lobste.rs"
_URL = re.compile(r"^https?://lobste\.rs/s/([a-z0-9]+)(?:/[^?#]*)?(?:[?#].*)?$", re.IGNORECASE)


def story_id(name: str) -> str | None:
    match = _URL.match(name)
    return match.group(1).removesuffix(".json") if match else None


def is_story(data: object) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("short_id"), str)
        and isinstance(data.get("comments"), list)
        and "submitter_user" in data
    )


def fetch_story(ident: str, get: Getter) -> object:
    data = get_json(get, f"{HOST}/s/{ident}.json", SITE, f"no {SITE.name} story {ident}")
    if not is_story(data):
        raise InputError(f"{SITE.name} sent no story for {ident}")
    return data


def to_thread(story: dict[str, Any]) -> Thread:
    ident = text(story.get("short_id")) or ""
    page = web_url(story.get("short_id_url")) or web_url(story.get("comments_url"))
    thread = Thread(KIND, SITE.name, page or f"{HOST}/s/{ident}")
    thread.title = text(story.get("title"))
    thread.author = _user(story.get("submitter_user"))
    thread.time = iso_utc(story.get("created_at"))
    thread.score = number(story.get("score"))
    thread.article_url = web_url(story.get("url"))
    thread.html = markup(story.get("description"))
    open_at: list[str] = []  # the last comment at each depth, for answers without parents
    for item in story.get("comments") or []:
        if isinstance(item, dict):
            thread.posts.append(_post(item, open_at))
    return thread


def _post(item: dict[str, Any], open_at: list[str]) -> Post:
    key = text(item.get("short_id")) or f"#{len(open_at)}"
    parent = text(item.get("parent_comment"))
    depth = number(item.get("depth"))
    if depth is not None and depth >= 0:
        if parent is None and "parent_comment" not in item and 0 < depth <= len(open_at):
            parent = open_at[depth - 1]
        del open_at[depth:]
        open_at.append(key)
    post = Post(key, parent, _user(item.get("commenting_user")), iso_utc(item.get("created_at")))
    post.html = markup(item.get("comment"))
    post.score = number(item.get("score"))
    post.url = web_url(item.get("short_id_url")) or web_url(item.get("url"))
    if item.get("is_deleted") is True:
        post.state = DELETED
    elif item.get("is_moderated") is True:
        post.state = DEAD
    return post


def _user(value: object) -> str | None:
    if isinstance(value, dict):
        return text(value.get("username"))
    return text(value)
