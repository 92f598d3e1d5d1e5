"""Where a blog post's comments are: the comment feed its page declares (an alternate
feed under the post's own address, or ``…/feed/`` under a WordPress post), asked for in
its Atom form first (``…/feed/atom/``, whose entries carry ``thr:in-reply-to``), then as
declared. What a feed holds is read by ``wordpress``.
"""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from reader.ingest.discussions import wordpress
from reader.ingest.discussions.requests import FEED_TYPES, Getter, Site
from reader.ingest.discussions.thread import Thread
from reader.ingest.source import InputError

# a feed a page links to says it is one; its answer may be any XML (FEED_TYPES)
_LINKED_TYPES = frozenset({"application/rss+xml", "application/atom+xml"})


def comment_feed_url(page: str, page_url: str) -> str | None:
    """The comment feed a page declares for itself: an alternate feed under its own
    address (…/post/feed/), else …/feed/ under a WordPress post."""
    finder = _FeedLinks()
    finder.feed(page[:200_000])
    base = urlsplit(page_url)._replace(query="", fragment="").geturl().rstrip("/")
    for href in finder.feeds:
        address = urljoin(page_url, href)
        if address.startswith(base + "/") or address.startswith(base + "?"):
            return address
    if finder.wordpress and urlsplit(page_url).path not in ("", "/"):
        return base + "/feed/"
    return None


def atom_form(feed_url: str) -> str | None:
    """A WordPress feed's Atom form (…/feed/ -> …/feed/atom/), which has the tree."""
    return feed_url.rstrip("/") + "/atom/" if feed_url.rstrip("/").endswith("/feed") else None


class _FeedLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.feeds: list[str] = []
        self.wordpress = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and "alternate" in (values.get("rel") or "").lower().split():
            if (values.get("type") or "").lower() in _LINKED_TYPES and values.get("href"):
                self.feeds.append(values["href"] or "")
        elif tag == "meta" and (values.get("name") or "").lower() == "generator":
            self.wordpress |= (values.get("content") or "").lower().startswith("wordpress")


SITE = Site("blog comment feed", timeout=20.0, limit=10_000_000)


def feed_thread(page: str, page_url: str, get: Getter) -> tuple[str, bytes, Thread] | None:
    """The comment feed a page declares, fetched: (its address, its bytes, its thread);
    None when the page declares none or no form of it answers as a comment feed (the
    page's own comments then stand)."""
    declared = comment_feed_url(page, page_url)
    if declared is None:
        return None
    for address in (atom_form(declared), declared):
        if address is None:
            continue
        try:
            data = get(address, FEED_TYPES)
            root = wordpress.parse_xml(data)
        except InputError:
            continue
        if wordpress.is_comment_feed(root) or wordpress.is_feed_of(root, page_url):
            return address, data, wordpress.to_thread(root)
    return None
