"""One line of the comment tree: coloured depth guides, number, author, replies, words."""

from __future__ import annotations

from rich.text import Text

from reader.model import Comment
from reader.model.comment_forest import CommentForest
from reader.render.times import relative

GUIDE_COLOURS = ("#61afef", "#98c379", "#e5c07b", "#c678dd", "#56b6c2", "#e06c75")


def first_words(comment: Comment, count: int) -> str:
    words = comment.text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def comment_line(
    forest: CommentForest, number: int, depth: int, expanded: bool, words: int = 8
) -> Text:
    comment = forest.by_number[number]
    replies = forest.replies(number)
    line = Text(no_wrap=True, overflow="ellipsis")
    for level in range(depth):
        line.append("│ ", style=GUIDE_COLOURS[level % len(GUIDE_COLOURS)])
    colour = GUIDE_COLOURS[depth % len(GUIDE_COLOURS)]
    marker = ("▾ " if expanded else "▸ ") if replies else "• "
    line.append(marker, style=colour)
    line.append(f"#{number} ", style="bold")
    if comment.author:
        line.append(comment.author, style=f"bold {colour}")
    else:
        line.append("anonymous", style="italic dim")
    if comment.op:
        line.append(" OP", style="bold reverse")
    if comment.kind != "comment":
        line.append(f" [{comment.kind}]", style="dim")
    if comment.time:  # a discussion site's exact time: how long ago, beside the others
        line.append(f" · {relative(comment.time)}", style="dim")
    if replies:
        noun = "reply" if len(replies) == 1 else "replies"
        line.append(f" · {len(replies)} {noun}", style="dim")
        if not expanded:
            line.append(f" (+{forest.hidden[number]} hidden)", style="dim italic")
    if comment.articles:
        line.append(" · ▤ article", style="#c678dd")
    line.append("  ")
    line.append(first_words(comment, words), style="dim")
    return line
