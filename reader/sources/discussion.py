"""A discussion site's answer (Hacker News, Lobsters, Mastodon, a blog's comment feed),
saved to a file or fetched: the site's own tree, its linked page as the article.

Claimed by its address (``hn:N``, a Hacker News item, a Lobsters story, a Mastodon
status), read through the site's API and kept like a page; a saved answer is recognised
by a look at its first character ("{" or "<"), then by its shape when read
(``saved_thread``: a page that opens with a brace is not one, and is read as a page).
No threading: the tree is the site's. Its preview is the story, without replies.
"""

from __future__ import annotations

from reader.ingest.source import SourceText, looks_like_answer
from reader.model import Document
from reader.model.clean import clean_strings


def may_be_one(source: SourceText) -> bool:
    """The cheap test, before the sites' modules load."""
    return looks_like_answer(source.text)


def claims(name: str) -> bool:
    """A discussion's address: hn:N, a Hacker News item, a Lobsters story, a status URL."""
    if not name[:8].lower().startswith(("hn:", "http://", "https://")):
        return False  # a file: the sites' modules (and the network's) need not load
    from reader.ingest.discussions.remote import remote

    return remote(name) is not None


def read(name: str, refresh: bool) -> SourceText:
    """The thread as the site's API answers it, kept like a page (offline once fetched);
    an address that only looked like a Mastodon status is read as the page it is."""
    from reader.ingest.discussions.remote import remote
    from reader.ingest.discussions.requests import NotThisSite
    from reader.ingest.discussions.thread_cache import read_remote
    from reader.ingest.fetch import fetch_source

    found = remote(name)
    assert found is not None
    try:
        return read_remote(found, name, refresh)
    except NotThisSite:
        return fetch_source(name, refresh=refresh)


def parse(source: SourceText, refresh: bool = False) -> Document | None:
    from reader.analysis.quotes import attribute
    from reader.ingest.discussions.article_page import open_thread
    from reader.ingest.discussions.saved import saved_thread

    thread = saved_thread(source)
    if thread is None:
        return None
    document = clean_strings(open_thread(thread, source.name, refresh))  # JSON spells \u001b
    document.encoding, document.warnings = source.encoding, list(source.warnings)
    _mark_new(document, source.name)
    attribute(document.article)
    return document


def _mark_new(document: Document, name: str) -> None:
    """Comments not there before the last --refresh of this address are new."""
    from reader.ingest.discussions.new_comments import mark_new
    from reader.ingest.discussions.remote import remote
    from reader.ingest.discussions.thread_cache import seen_keys

    found = remote(name)
    before = seen_keys(found.url) if found is not None else None
    if before is not None:
        mark_new(document, before)


def preview(source: SourceText) -> Document | None:
    from reader.ingest.discussions.document import thread_document
    from reader.ingest.discussions.saved import saved_thread

    thread = saved_thread(source, replies=False)  # the story: quick on a thousand replies
    return None if thread is None else clean_strings(thread_document(thread, source.name))
