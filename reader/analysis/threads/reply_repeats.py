"""What each comment's text repeats of another's (threading's first step): the text
lines, the index of every sentence, start and opening, and the links found through it;
and the (reply, answered) pairs they make certain, whatever the page's order."""

from __future__ import annotations

from reader.analysis.threads.article_quotes import ArticleText
from reader.analysis.threads.reply_index import ReplyIndex
from reader.analysis.threads.reply_lines import TextLine, text_lines
from reader.analysis.threads.reply_links import Links, find_links, own_lines
from reader.analysis.threads.reply_openings import Opening
from reader.analysis.threads.reply_parts import find_parts
from reader.model import Article, Comment


def repeats(
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
