"""The article a thread discusses: its page fetched (through the page cache) and read as
any page is, or, when that fails, the story itself with a note saying why."""

from __future__ import annotations

from reader.ingest.discussions.document import thread_document
from reader.ingest.discussions.thread import Thread
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
