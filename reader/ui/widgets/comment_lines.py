"""One line of the comment tree: coloured depth guides, number, author, replies, words."""

from __future__ import annotations

import re

from rich.text import Text

from reader.ingest.dates import TIME, has_date
from reader.model import Comment
from reader.model.comment_forest import CommentForest
from reader.render.times import relative
from reader.ui.comment_words import comment_words
from reader.ui.theming import DEFAULT_PALETTE, Palette

DATE = 24  # characters of a written date a tree row shows, at most
NARROW = 50  # columns: a tree this narrow shows a date's day only, for the first words
_TIME_OF_DAY = re.compile(rf"(?:,?\s+(?:at|@|-|–|·)?\s*)?\b{TIME}\s*$", re.IGNORECASE)


def short_date(text: str, day_only: bool = False) -> str:
    """A written date for a tree row, at most DATE characters: whole when it fits (and
    not `day_only`), else the day without the time of day ("June 28, 2015" of "June 28,
    2015 at 10:25 pm"; the opened comment shows it whole), else cut between words."""
    if len(text) <= DATE and not day_only:
        return text
    day = _TIME_OF_DAY.sub("", text).strip()
    if day and has_date(day):
        text = day
    if len(text) <= DATE:
        return text
    cut = text[: DATE - 1].rsplit(" ", 1)[0].rstrip(",;· ")
    return cut + "…"


def first_words(comment: Comment, count: int) -> str:
    words = comment_words(comment).split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def comment_line(
    forest: CommentForest,
    number: int,
    depth: int,
    expanded: bool,
    words: int = 8,
    palette: Palette = DEFAULT_PALETTE,
    op_names: frozenset[str] = frozenset(),
    width: int = NARROW,
) -> Text:
    """`op_names`: the article's authors, whose comments are the original poster's;
    `width`: the tree's, under NARROW the date gives its time of day to the words."""
    comment, muted = forest.by_number[number], palette["muted"]
    replies = forest.replies(number)
    line = Text(no_wrap=True, overflow="ellipsis")
    for level in range(depth):
        line.append("│ ", style=palette.thread(level))
    colour = palette.thread(depth)
    marker = ("▾ " if expanded else "▸ ") if replies else "• "
    line.append(marker, style=colour)
    line.append(f"#{number} ", style="bold")
    if comment.author:
        line.append(comment.author, style=f"bold {colour}")
    else:
        line.append("anonymous", style=f"italic {muted}")
    if comment.op or (comment.author is not None and comment.author in op_names):
        line.append(" OP", style="bold reverse")
    parent = forest.parent.get(number)
    if parent is not None:  # whom it answers, as circumflex shows it
        line.append(f" ↪ {forest.by_number[parent].author or 'anonymous'}", style=muted)
    if comment.new:  # not there at the last visit (or when the thread was fetched before)
        line.append(" new", style=palette["new"])
    if comment.kind != "comment":
        line.append(f" [{comment.kind}]", style=muted)
    if comment.time:  # a discussion site's exact time: how long ago, beside the others
        line.append(f" · {relative(comment.time)}", style=muted)
    elif comment.date_text:  # the date as the page wrote it
        line.append(f" · {short_date(comment.date_text, width < NARROW)}", style=muted)
    if replies:
        noun = "reply" if len(replies) == 1 else "replies"
        line.append(f" · {len(replies)} {noun}", style=muted)
        if not expanded:
            line.append(f" (+{forest.hidden[number]} hidden)", style=f"italic {muted}")
    if comment.articles:
        line.append(" · ▤ article", style=palette["embedded"])
    line.append("  ")
    line.append(first_words(comment, words), style=muted)
    return line
