"""A discussion site's answer (Hacker News, Lobsters, Mastodon, a blog's comment feed),
saved to a file or fetched: the site's own tree, its linked page as the article.

Recognised by a look at its first character ("{" or "<"), then by its shape when read
(``saved_thread``: a page that opens with a brace is not one, and is read as a page).
No threading: the tree is the site's. Its preview is the story, without replies.
"""

from __future__ import annotations

from reader.ingest.source import SourceText
from reader.model import Document
from reader.model.clean import clean_strings


def may_be_one(source: SourceText) -> bool:
    from reader.ingest.discussions.saved import may_be_saved

    return may_be_saved(source.text)


def parse(source: SourceText, refresh: bool = False) -> Document | None:
    from reader.analysis.quotes import attribute
    from reader.ingest.discussions.article_page import open_thread
    from reader.ingest.discussions.saved import saved_thread

    thread = saved_thread(source)
    if thread is None:
        return None
    document = clean_strings(open_thread(thread, source.name, refresh))  # JSON spells \u001b
    document.encoding, document.warnings = source.encoding, list(source.warnings)
    attribute(document.article)
    return document


def preview(source: SourceText) -> Document | None:
    from reader.ingest.discussions.document import thread_document
    from reader.ingest.discussions.saved import saved_thread

    thread = saved_thread(source, replies=False)  # the story: quick on a thousand replies
    return None if thread is None else clean_strings(thread_document(thread, source.name))
