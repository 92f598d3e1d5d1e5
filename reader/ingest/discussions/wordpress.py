"""A blog post's comments from its comment feed, with the exact tree RFC 4685 gives.

A WordPress post declares its comment feed in its head (``<link rel="alternate"
type="application/rss+xml" href="…/post/feed/">``; ``comment_feed`` finds and asks for
it). Saved, the feed opens as the thread, its post fetched as the article.

Atom (the elements reader uses)::

    <feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
      <title>Comments on: A post</title>
      <link rel="alternate" href="https://blog.example/a-post/"/>        the post
      <entry>
        <id>https://blog.example/?p=7#comment-12</id>
        <link rel="alternate" href="https://blog.example/a-post/#comment-12"/>
        <author><name>Ann</name></author>
        <published>2024-03-01T14:05:09Z</published>         (or <updated>)
        <content type="html">&lt;p&gt;text&lt;/p&gt;</content>
        <thr:in-reply-to ref="https://blog.example/?p=7#comment-11" href="…#comment-11"/>
      </entry>
    </feed>

A top-level comment's ``thr:in-reply-to`` names the post; a reply's names the comment
(``ref`` is that entry's ``id``). RSS 2.0 (``<item>`` with ``<link>``, ``<dc:creator>``,
``<pubDate>``, ``<guid>``, ``<content:encoded>`` or ``<description>``) carries no tree
unless it has ``thr:in-reply-to``; WordPress's opens a reply with a link to the
comment answered ("In reply to <a href="…#comment-11">Ann</a>."), which names it too.
A feed holds the latest comments only; a parent it does not hold is a stand-in.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from reader.ingest.discussions.thread import Post, Thread, text, web_url
from reader.ingest.discussions.times import iso_utc
from reader.ingest.source import InputError

KIND = "wordpress"
ATOM = "{http://www.w3.org/2005/Atom}"
THR = "{http://purl.org/syndication/thread/1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_FEED_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:feed|rss)[\s>]", re.S)


def looks_like_feed(data: str) -> bool:
    return _FEED_START.match(data[:4096]) is not None


def parse_xml(data: str | bytes) -> ET.Element:
    """The feed's root; a feed declaring entities is refused (nothing to expand).
    Bytes are read in the encoding the XML declares."""
    if ("<!ENTITY" in data) if isinstance(data, str) else (b"<!ENTITY" in data):
        raise InputError("the feed declares XML entities: not read")
    try:
        return ET.fromstring(data)
    except (ET.ParseError, RecursionError) as error:
        raise InputError(f"cannot read the feed: {error}") from None


def is_comment_feed(root: ET.Element) -> bool:
    """Entries that answer something (thr:in-reply-to), or all links into one page."""
    entries = _entries(root)
    if not entries:
        return False
    if any(e.find(f"{THR}in-reply-to") is not None for e in entries):
        return True
    pages = {urlsplit(link)._replace(fragment="").geturl() for link in map(_link, entries)}
    return len(pages) == 1 and all(urlsplit(_link(e)).fragment for e in entries)


def _entries(root: ET.Element) -> list[ET.Element]:
    if root.tag == f"{ATOM}feed":
        return root.findall(f"{ATOM}entry")
    return root.findall("channel/item") if root.tag == "rss" else []


def _link(entry: ET.Element) -> str:
    if entry.tag == f"{ATOM}entry":
        for link in entry.findall(f"{ATOM}link"):
            if link.get("rel", "alternate") == "alternate":
                return link.get("href") or ""
        return ""
    return (entry.findtext("link") or "").strip()


def _post_url(root: ET.Element) -> str | None:
    if root.tag == f"{ATOM}feed":
        for link in root.findall(f"{ATOM}link"):
            if link.get("rel", "alternate") == "alternate":
                return web_url(link.get("href"))
        return None
    return web_url(root.findtext("channel/link"))


def to_thread(root: ET.Element) -> Thread:
    post_url = _post_url(root)
    thread = Thread(KIND, urlsplit(post_url or "").netloc or "blog", post_url or "")
    thread.article_url = post_url
    entries = _entries(root)
    keys = {_key(e): _link(e) for e in entries}
    by_link = {link: key for key, link in keys.items() if link}
    posts = [_post(e, keys, by_link) for e in entries]
    thread.posts = sorted(posts, key=lambda p: p.time or "")  # feeds run newest first
    return thread


def _key(entry: ET.Element) -> str:
    found = entry.findtext(f"{ATOM}id") or entry.findtext("guid") or _link(entry)
    return found.strip()


def _post(entry: ET.Element, keys: dict[str, str], by_link: dict[str, str]) -> Post:
    atom = entry.tag == f"{ATOM}entry"
    if atom:
        author = entry.findtext(f"{ATOM}author/{ATOM}name")
        when = entry.findtext(f"{ATOM}published") or entry.findtext(f"{ATOM}updated")
        body = entry.findtext(f"{ATOM}content") or entry.findtext(f"{ATOM}summary") or ""
    else:
        author = entry.findtext(f"{DC}creator") or entry.findtext("author")
        when = entry.findtext("pubDate")
        body = entry.findtext(f"{CONTENT}encoded") or entry.findtext("description") or ""
    post = Post(_key(entry), None, text(author), iso_utc(when), body)
    post.url = web_url(_link(entry))
    answered = entry.find(f"{THR}in-reply-to")
    if answered is not None:
        ref, href = answered.get("ref") or "", answered.get("href") or ""
        post.parent = ref if ref in keys else by_link.get(href)
        if post.parent is None and "#" in href:  # a comment the feed does not hold
            post.parent = ref or href
    else:
        post.parent = by_link.get(_opening_link(body, post.url or ""))
    return post


def _opening_link(body: str, base: str) -> str:
    """The address of a link in the text's first paragraph ("In reply to <a>Ann</a>.")."""
    finder = _FirstLink()
    finder.feed(body[:2000])
    return urljoin(base, finder.found) if finder.found else ""


class _FirstLink(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: str | None = None
        self.paragraphs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            self.paragraphs += 1
        elif tag == "a" and self.found is None and self.paragraphs <= 1:
            self.found = dict(attrs).get("href")


def is_feed_of(root: ET.Element, page_url: str) -> bool:
    """A feed with no comments yet, but the page's own (its alternate link is the page)."""
    return not _entries(root) and (_post_url(root) or "").rstrip("/") == page_url.rstrip("/")
