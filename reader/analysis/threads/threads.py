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

from reader.analysis.threads.article_quotes import ArticleText
from reader.analysis.threads.given import given_tree, keep_given
from reader.analysis.threads.mention_names import addressed_names, mentions_author
from reader.analysis.threads.reply_authors import AuthorClues, AuthorIndex
from reader.analysis.threads.reply_index import ReplyIndex
from reader.analysis.threads.reply_lines import TextLine, text_lines
from reader.analysis.threads.reply_links import (
    Links,
    find_links,
    find_parts,
    own_lines,
)
from reader.analysis.threads.reply_openings import Opening
from reader.analysis.threads.reply_order import NEWEST_FIRST, decide_order
from reader.analysis.threads.reply_parent import link_by_text, link_short_quotes
from reader.analysis.threads.reply_short import ShortQuotes
from reader.gc_pause import gc_paused
from reader.model import Article, Comment, ReplyEvidence


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
    lines, links = _repeats(article, comments)
    by_number = {c.number: c for c in comments}
    article.comment_order = decide_order(comments, lambda: _reply_pairs(comments, links, by_number))
    timeline = comments[::-1] if article.comment_order == NEWEST_FIRST else comments
    rank = {c.number: k for k, c in enumerate(timeline)}
    clues = AuthorClues()
    for reply in timeline:
        if (link := links.get(reply.number)) is None:
            continue
        parent = link_by_text(reply, link, rank, by_number)
        if parent is not None:
            clues.add(reply, parent)
    short = ShortQuotes(timeline, rank, lines)
    for reply in timeline:
        if reply.parent is None and (
            quoted := short.quoted(reply) if reply.mentions else short.marked(reply)
        ):
            parent = by_number[quoted[0]]
            link_short_quotes(reply, parent, quoted[1])
            clues.add(reply, parent)
    del short, lines  # a page's text lines, read no more: gone before the authors' index
    clues.apply(by_number)
    authors = AuthorIndex(timeline, rank)
    for reply in timeline:
        _link_by_mention(reply, authors, by_number, article.authors)


def _repeats(
    article: Article, comments: list[Comment]
) -> tuple[dict[int, list[TextLine]], dict[int, Links]]:
    """Each comment's text lines, and what each comment that repeats another's text
    repeats. The index of every sentence is freed on return, before the tree is built."""
    index = ReplyIndex()
    lines: dict[int, list[TextLine]] = {}
    alone = set()  # comments with a line that may quote or echo whatever the index holds
    quoting = ArticleText(article)
    for comment in comments:
        number = comment.number
        found = text_lines(comment)
        if quoting:
            found = quoting.take(found)
        lines[number] = found
        index.add_comment(found)
        if any([line.alone for line in found]):
            alone.add(number)
    sharing = index.sharing()
    held = {
        c.number: find_links(c, lines[c.number], index) for c in comments if c.number in sharing
    }
    for comment in comments:
        number = comment.number
        index.add_opening(Opening(comment, own_lines(comment, lines[number], held.get(number))))
    readable = alone | index.echoing() | {n for n, link in held.items() if link is not None}
    links: dict[int, Links] = {}  # only the comments that repeat something of another
    for comment in comments:
        number = comment.number
        if number in readable:
            link = find_parts(comment, lines[number], index, held.get(number))
            if link is not None:
                links[number] = link
    return lines, links


def _reply_pairs(
    comments: list[Comment], links: dict[int, Links], by_number: dict[int, Comment]
) -> list[tuple[int, int]]:
    """(reply, answered) page positions the text makes certain, whatever the order.

    ``links``: what each comment repeats, for the comments that repeat something."""
    position = {c.number: k for k, c in enumerate(comments)}
    pairs: list[tuple[int, int]] = []
    for comment in comments:
        found = links.get(comment.number)
        if not found:
            continue
        here = position[comment.number]
        pairs.extend((here, position[n]) for n in found.directed())
        if comment.mentions:  # an @reply repeating a line of a comment without one
            pairs.extend(
                (here, position[n]) for n in found.undirected() if not by_number[n].mentions
            )
    return pairs


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


def thread_order(article: Article) -> list[tuple[Comment, int]]:
    """Every comment with its depth, in reading order: oldest thread first, replies
    under what they answer, oldest reply first. Pingbacks come last, at depth 0."""
    comments = [c for c in article.comments if c.kind != "pingback"]
    if article.comment_order == NEWEST_FIRST:
        comments.reverse()
    children: dict[int | None, list[Comment]] = {}
    numbers = {c.number for c in comments}
    for comment in comments:
        parent = comment.parent if comment.parent in numbers else None
        children.setdefault(parent, []).append(comment)
    result: list[tuple[Comment, int]] = []
    stack = [(c, 0) for c in reversed(children.get(None, []))]
    while stack:
        comment, depth = stack.pop()
        result.append((comment, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(comment.number, [])))
    result.extend((c, 0) for c in article.comments if c.kind == "pingback")
    return result
