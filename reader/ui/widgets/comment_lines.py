"""One line of the comment tree: coloured depth guides, number, author, replies, words."""

from __future__ import annotations

from rich.text import Text

from reader.model import Comment
from reader.model.comment_forest import CommentForest
from reader.render.times import relative
from reader.ui.theming import DEFAULT_PALETTE, Palette


def first_words(comment: Comment, count: int) -> str:
    words = comment.text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def comment_line(
    forest: CommentForest,
    number: int,
    depth: int,
    expanded: bool,
    words: int = 8,
    palette: Palette = DEFAULT_PALETTE,
) -> Text:
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
    if comment.op:
        line.append(" OP", style="bold reverse")
    if comment.new:  # not there when the thread was fetched before
        line.append(" new", style="bold italic")
    if comment.kind != "comment":
        line.append(f" [{comment.kind}]", style=muted)
    if comment.time:  # a discussion site's exact time: how long ago, beside the others
        line.append(f" · {relative(comment.time)}", style=muted)
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
