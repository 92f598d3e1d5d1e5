"""The article a thread discusses: its page fetched (through the page cache) and read as
any page is, or, when that fails, the story itself with a note saying why."""

from __future__ import annotations

from reader.ingest.discussions import comment_feed
from reader.ingest.discussions.document import thread_document
from reader.ingest.discussions.requests import Getter
from reader.ingest.discussions.thread import MISSING, Thread
from reader.ingest.fetch import fetch_source
from reader.ingest.source import InputError, SourceText, looks_like_html
from reader.model import Article, Document


def page_article(source: SourceText) -> Article:
    """A fetched page's article, extracted as for ``reader URL`` (its comments dropped)."""
    if looks_like_html(source.name, source.text):
        from reader.ingest.html_page import parse_html

        article = parse_html(source)
    else:
        from reader.ingest.page import parse_page

        article = parse_page(source)
    article.comments = []
    return article


def open_thread(thread: Thread, name: str, refresh: bool = False) -> Document:
    """The thread's document, with the page it links fetched as its article."""
    if thread.article_url is None:
        return thread_document(thread, name)
    try:
        article = page_article(fetch_source(thread.article_url, refresh=refresh))
    except InputError as error:
        note = f"The article was not fetched: {error}."
        return thread_document(thread, name, note=note)
    if not article.blocks:
        return thread_document(thread, name, note="The article's page holds no text to read.")
    return thread_document(thread, name, page=article)


def with_comment_feed(document: Document, page: SourceText, get: Getter) -> Document:
    """A page's document with the comments of the feed it declares (a WordPress post's),
    whose tree is exact, when the feed holds at least the comments the page showed (a
    feed keeps only the latest; pingbacks aside); else the document as it was."""
    found = comment_feed.feed_thread(page.text, page.name, get)
    if found is None:
        return document
    thread = found[2]
    held = sum(1 for post in thread.posts if post.state != MISSING)
    shown = sum(1 for comment in document.article.comments if comment.kind == "comment")
    if held < shown or not thread.posts:
        return document
    thread.title = document.article.title
    article = document.article
    article.comments = []
    feed_document = thread_document(thread, document.input_name, page=article)
    feed_document.encoding = document.encoding
    return feed_document
