"""Reading the input before the UI starts, and a quick first version of the article.

The full parse (threads, quotes, speakers) takes longer than Textual's start-up, so
the worker first builds the article alone (ingest only, no analysis; the first lines of
a big page) to paint at once, then replaces it with the finished document.
"""

from __future__ import annotations

import html
import re
import threading
from typing import TYPE_CHECKING

from reader.ingest.source import SourceText, looks_like_html, read_source
from reader.model.clean import one_line

if TYPE_CHECKING:
    from reader.ingest.discussions.thread import Thread
    from reader.model import Article, Document

PREVIEW_OVER = 200_000  # characters: above this, the quick article reads only the head
PREVIEW_LINES = 400  # the article of a copied page is nearly always in its first lines


def read(name: str | None) -> SourceText:
    """The source text (demo for None); raises InputError with a one-line message."""
    if name is None:
        from reader.pipeline import demo_source

        return demo_source()
    return read_source(name)


def is_html(source: SourceText) -> bool:
    return looks_like_html(source.name, source.text)


def preview(source: SourceText) -> SourceText | None:
    """What the quick article is built from: the page, or the first lines of a big one."""
    if is_html(source) or len(source.text) <= PREVIEW_OVER:
        return source
    head = "\n".join(source.text.split("\n", PREVIEW_LINES)[:PREVIEW_LINES])
    return SourceText(name=source.name, text=head, encoding=source.encoding)


def quick(source: SourceText) -> Document:
    """The article of a (head of a) text page, without analysis: no quotes or speakers.

    For HTML, whose extraction is the slow part, only the page's headline (its <h1>).
    """
    from reader.ingest.page import parse_page
    from reader.model import Document

    if (thread := _saved_thread(source)) is not None:  # the story, before its page comes
        from reader.ingest.discussions.document import thread_document

        return thread_document(thread, source.name)
    article = quick_html(source.text) if is_html(source) else parse_page(source)
    return Document(article=article, input_name=source.name, encoding=source.encoding)


def _saved_thread(source: SourceText) -> Thread | None:
    from reader.ingest.discussions.saved import may_be_saved, saved_thread

    return saved_thread(source, replies=False) if may_be_saved(source.text) else None


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def _plain(markup: str) -> str:
    return one_line(html.unescape(_TAG.sub(" ", markup)))  # "&#27;" spells an ESC


def quick_html(page: str) -> Article:
    """A page's headline alone, found cheaply: the <h1> sharing most words with <title>."""
    from reader.model import Article, Block, BlockKind

    title_match = _TITLE.search(page)
    title = _plain(title_match.group(1)) if title_match else ""
    longest = max(re.split(r"\s+[|–—-]\s+", title), key=len)  # not the " | Site" part
    title_words = set(longest.lower().split())
    heads = [h for h in (_plain(m.group(1)) for m in _H1.finditer(page)) if 0 < len(h) <= 300]
    best = max(heads, key=lambda h: len(title_words & set(h.lower().split())), default=None)
    headline = best or title or None
    article = Article(title=headline)
    if headline:
        article.blocks.append(Block("b1", BlockKind.TITLE, headline, []))
    return article


class QuickStart:
    """Builds the quick article in a thread from the start, alongside Textual's start-up."""

    def __init__(self, source: SourceText) -> None:
        self.source = preview(source)
        self.document: Document | None = None
        self.done = threading.Event()
        if self.source is None:
            self.done.set()
        else:
            threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        try:
            assert self.source is not None
            self.document = quick(self.source)
        except Exception:  # the full parse reports the problem
            self.document = None
        finally:
            self.done.set()

    def wait(self, timeout: float = 5) -> Document | None:
        self.done.wait(timeout)
        return self.document


def parse(source: SourceText) -> Document:
    """Parse and analyse; the parser is imported here, in the worker thread, not at start."""
    from reader.pipeline import parse_source

    return parse_source(source)  # every string cleaned as it was built
