"""Mastodon threads on any instance: a status and its context, from the instance's API.

A status URL (``https://host/@user/ID``, ``https://host/@user@elsewhere/ID``,
``https://host/users/user/statuses/ID``) is asked for as ``/api/v1/statuses/ID`` and
``/api/v1/statuses/ID/context``. When the status answers another, the thread's first
status and its context are asked for instead, so the whole thread comes, not one branch.
Saved, the two answers are one file: ``{"status": …, "context": …}``.

The status (the fields reader uses)::

    {
      "id": "110000000000000001",
      "url": "https://host/@alice/110000000000000001",     the status's page
      "created_at": "2024-03-01T14:05:09.000Z",
      "in_reply_to_id": null,                               the status answered
      "account": {"acct": "alice", "username": "alice"},    acct: "bob@other.host" if remote
      "content": "<p>HTML</p>",                             mentions: <a class="u-url mention">
      "spoiler_text": "",                                   a content warning
      "favourites_count": 3,
      "card": {"url": "https://example.com/a", "title": "…"} or null,   the link it previews
      "media_attachments": [{"type": "image", "description": "alt text"}]
    }

and the context: ``{"ancestors": [status, …], "descendants": [status, …]}``, the
descendants in thread order. A status removed from the thread is not in the context;
its replies still name it and stay under a deleted stand-in.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from reader.ingest.discussions.requests import JSON_OR_PAGE, Getter, Site, get_json
from reader.ingest.discussions.thread import Post, Thread, markup, number, text, web_url
from reader.ingest.discussions.times import iso_utc
from reader.ingest.source import InputError

KIND = "mastodon"
SITE = Site("Mastodon", timeout=20.0, limit=10_000_000)
_URL = re.compile(
    r"^(https?://[^/\s?#]+)/(?:@[\w.-]+(?:@[\w.-]+)?|users/[\w.-]+/statuses|web/statuses)"
    r"/(\d+)/?(?:[?#].*)?$",
    re.IGNORECASE,
)


def status_address(name: str) -> tuple[str, str] | None:
    """(instance, status id) of a status URL, or None."""
    match = _URL.match(name)
    return (match.group(1), match.group(2)) if match else None


def is_status(data: object) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("id"), str)
        and isinstance(data.get("account"), dict)
        and isinstance(data.get("content"), str)
        and "in_reply_to_id" in data
    )


def is_thread(data: object) -> bool:
    """The saved shape: {"status": a status, "context": {"descendants": [...]}}."""
    if not isinstance(data, dict) or not is_status(data.get("status")):
        return False
    context = data.get("context")
    return isinstance(context, dict) and isinstance(context.get("descendants"), list)


def fetch_thread(instance: str, ident: str, get: Getter) -> dict[str, object]:
    status = _get(get, instance, ident, "")
    context = _get(get, instance, ident, "/context")
    if not is_status(status) or not isinstance(context, dict):
        raise InputError(f"{instance} sent no status for {ident}")
    ancestors = context.get("ancestors")
    if isinstance(ancestors, list) and ancestors and is_status(ancestors[0]):
        status = ancestors[0]  # the thread's first status: its context is the whole thread
        assert isinstance(status, dict)
        context = _get(get, instance, str(status["id"]), "/context")
        if not isinstance(context, dict):
            raise InputError(f"{instance} sent no context for {status['id']}")
    return {"status": status, "context": context}


def _get(get: Getter, instance: str, ident: str, part: str) -> object:
    url = f"{instance}/api/v1/statuses/{ident}{part}"
    missing = f"no status {ident} on {urlsplit(instance).netloc}"
    return get_json(get, url, SITE, missing, JSON_OR_PAGE)  # any host: it may be no Mastodon


def to_thread(saved: dict[str, Any]) -> Thread:
    status: dict[str, Any] = saved["status"]
    context = saved.get("context") if isinstance(saved.get("context"), dict) else {}
    assert isinstance(context, dict)
    before = [s for s in context.get("ancestors") or [] if is_status(s)]
    after = [s for s in context.get("descendants") or [] if is_status(s)]
    root, *rest = [*before, status]
    url = web_url(root.get("url")) or web_url(root.get("uri")) or ""
    thread = Thread(KIND, urlsplit(url).netloc or SITE.name, url)
    thread.title = text(root.get("spoiler_text"))
    thread.author = _author(root)
    thread.time = iso_utc(root.get("created_at"))
    thread.score = number(root.get("favourites_count"))
    thread.article_url = linked_article(root)
    thread.html = _html(root, with_warning=False)
    root_id = str(root.get("id"))
    for item in [*rest, *after]:
        parent = text(item.get("in_reply_to_id"))
        post = Post(str(item.get("id")), None if parent == root_id else parent)
        post.author, post.time = _author(item), iso_utc(item.get("created_at"))
        post.html, post.score = _html(item), number(item.get("favourites_count"))
        post.url = web_url(item.get("url")) or web_url(item.get("uri"))
        thread.posts.append(post)
    return thread


def _author(status: dict[str, Any]) -> str | None:
    account = status.get("account")
    return text(account.get("acct")) if isinstance(account, dict) else None


def _html(status: dict[str, Any], with_warning: bool = True) -> str:
    """The content, after its content warning, with its media's descriptions."""
    parts = []
    warning = text(status.get("spoiler_text"))
    if warning and with_warning:
        parts.append(f"<p>Content warning: {_escape(warning)}</p>")
    parts.append(markup(status.get("content")))
    for media in status.get("media_attachments") or []:
        if isinstance(media, dict):
            kind = text(media.get("type")) or "media"
            described = text(media.get("description"))
            parts.append(f"<p>[{_escape(kind)}] {_escape(described or '')}</p>")
    return "".join(parts)


def _escape(words: str) -> str:
    return words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def linked_article(status: dict[str, Any]) -> str | None:
    """The page a status links: its preview card's, or its first link that is not a
    mention or a hashtag."""
    card = status.get("card")
    if isinstance(card, dict) and web_url(card.get("url")):
        return web_url(card.get("url"))
    finder = _Links()
    finder.feed(markup(status.get("content")))
    return finder.found


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        kinds = {*(values.get("class") or "").split(), *(values.get("rel") or "").split()}
        if tag == "a" and self.found is None and not kinds & {"mention", "hashtag", "tag"}:
            self.found = web_url(values.get("href"))
