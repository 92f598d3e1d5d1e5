"""What each comment's text repeats of another's (threading's first step): the text
lines, the index of every sentence, start and opening, and the links found through it;
and the (reply, answered) pairs they make certain, whatever the page's order."""

from __future__ import annotations

from reader.analysis.threads.article_quotes import ArticleText
from reader.analysis.threads.reply_index import ReplyIndex
from reader.analysis.threads.reply_lines import marked, text_lines
from reader.analysis.threads.reply_links import Links, find_links, own_lines
from reader.analysis.threads.reply_parts import find_parts
from reader.analysis.threads.text_line import ALONE, ECHOED, NO_START, SHARED, TextLine
from reader.model import Article, Comment


def repeats(
    article: Article, comments: list[Comment]
) -> tuple[list[tuple[TextLine, ...]], dict[int, Links]]:
    """Each comment's text lines, in the comments' order, and what each comment that
    repeats another's text repeats. The index of every sentence is freed on return,
    before the tree is built."""
    index = ReplyIndex()
    # Each comment's text lines as a tuple: a list each (and its room to grow) was 0.8 MB
    # more of a page of twenty thousand short comments, at threading's peak; a list of
    # them in the comments' order, not a dictionary by number (0.5 MB more).
    lines: list[tuple[TextLine, ...]] = []
    quoting = ArticleText(article)
    for comment in comments:
        made = text_lines(comment)
        found = tuple(quoting.take(made) if quoting else made)
        lines.append(found)
        index.add_comment(found)
    # Which comments to read again is told by their lines' marks, not by sets of their
    # numbers (three sets of a page's twenty thousand were 1.6 MB at threading's peak).
    index.mark_shared()
    held = {
        c.number: find_links(c, mine, index)
        for c, mine in zip(comments, lines, strict=True)
        if marked(mine, SHARED)
    }
    for comment, found in zip(comments, lines, strict=True):
        index.add_opening(comment, own_lines(comment, found, held.get(comment.number)))
    index.mark_echoed()
    links: dict[int, Links] = {}  # only the comments that repeat something of another
    for comment, found in zip(comments, lines, strict=True):
        number = comment.number
        link = held.get(number)
        if link is not None or marked(found, ALONE | ECHOED):
            link = find_parts(comment, found, index, link)
            if link is not None:
                links[number] = link
    # The lines' first words were the index's keys and are read no more: as strings of
    # their own they were 1.9 MB of a page of twenty thousand short comments, alive at
    # threading's peak (the short quotes' search, after the index has gone).
    for found in lines:
        for line in found:
            line.start = NO_START
    return lines, links


def reply_pairs(
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
