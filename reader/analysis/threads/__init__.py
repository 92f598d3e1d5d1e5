"""Who replies to whom in a page's flat list of comments: ``build_threads(article)``,
then ``thread_order(article)`` for the tree."""

from reader.analysis.threads.threads import build_threads, thread_order

__all__ = ["build_threads", "thread_order"]
