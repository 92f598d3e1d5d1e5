"""Rebuild who replies to whom in a page's flat list of comments.

A person reads a reply's evidence in this order, and so does ``build_threads``:
1. what the reply repeats: lines or sentences of another comment (a quote) and the
   opening words of another comment (an echo) - found through a hash index of
   normalised lines, sentences and openings;
2. which way the page runs (dates, or who quotes whom: the quoting one is later),
   since a reply only answers an earlier comment;
3. the parent: the earlier comment the reply repeats most; a reply that says
   "@Will James" over a quote of comment N tells us N's author;
4. "@Name" alone: the latest earlier comment by the commenter so named.
Pingbacks take no part. Comments stay in page order; ``thread_order`` gives the tree.
"""

from __future__ import annotations

from reader.analysis.threads.given import given_tree, keep_given
from reader.analysis.threads.mention_names import addressed_names, mentions_author
from reader.analysis.threads.reply_authors import AuthorClues, AuthorIndex
from reader.analysis.threads.reply_marked import MarkedQuotes
from reader.analysis.threads.reply_order import NEWEST_FIRST, decide_order
from reader.analysis.threads.reply_parent import link_by_text, link_short_quotes
from reader.analysis.threads.reply_repeats import repeats, reply_pairs
from reader.analysis.threads.reply_short import ShortQuotes
from reader.analysis.threads.thread_order import thread_order
from reader.gc_pause import gc_paused
from reader.model import Article, Comment, ReplyEvidence

__all__ = ["build_threads", "thread_order"]


@gc_paused()
def build_threads(article: Article) -> None:
    """Set each comment's parent, reply evidence, revealed author and quote blocks.

    Parents the page's markup gave stand (``given``): text threading does not undo them.
    """
    given = given_tree(article)
    _build_threads(article)
    if given is not None:
        keep_given(article, given)


def _build_threads(article: Article) -> None:
    for comment in article.comments:
        comment.parent = None
        comment.reply_evidence = []
    comments = [c for c in article.comments if c.kind != "pingback"]
    article.comment_order = None
    if not comments:
        return
    lines, links = repeats(article, comments)
    by_number = {c.number: c for c in comments}
    article.comment_order = decide_order(comments, lambda: reply_pairs(comments, links, by_number))
    timeline = comments[::-1] if article.comment_order == NEWEST_FIRST else comments
    rank = {c.number: k for k, c in enumerate(timeline)}
    if timeline is not comments:
        lines.reverse()  # each comment's lines at its place in the timeline (rank)
    clues = AuthorClues()
    for reply in timeline:
        if (link := links.get(reply.number)) is None:
            continue
        parent = link_by_text(reply, link, rank, by_number)
        if parent is not None:
            clues.add(reply, parent)
    short, marked = ShortQuotes(timeline, rank, lines), MarkedQuotes(timeline, rank, lines)
    for reply in timeline:
        if reply.parent is None and (
            quoted := short.quoted(reply) if reply.mentions else marked.quoted(reply)
        ):
            parent = by_number[quoted[0]]
            link_short_quotes(reply, parent, quoted[1])
            clues.add(reply, parent)
    del short, marked, lines  # a page's text lines, read no more: gone before the authors' index
    clues.apply(by_number)
    authors = AuthorIndex(timeline, rank)
    for reply in timeline:
        _link_by_mention(reply, authors, by_number, article.authors)


def _link_by_mention(
    reply: Comment, authors: AuthorIndex, by_number: dict[int, Comment], writers: list[str]
) -> None:
    """ "@Name": evidence for the parent the text found, or the parent when it found none."""
    if reply.parent is not None:
        name = mentions_author(reply, by_number[reply.parent].author)
        if name is not None:
            evidence = ReplyEvidence("mention", reply.parent, name)
            reply.reply_evidence = [evidence, *reply.reply_evidence]
        return
    for name in reply.mentions or addressed_names(reply, writers):
        parent = authors.addressed(name, reply)
        if parent is not None and parent.number != reply.number:
            reply.parent = parent.number
            reply.reply_evidence = [ReplyEvidence("mention", parent.number, name)]
            return
