"""A comment's opening as threading reads it: the first words of its own text, across
its lines, the @mentions it opens with left out; what an echo repeats."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.threads.reply_text import OPENING_WORDS, START_WORDS, first_words, normalise
from reader.analysis.threads.text_line import TextLine
from reader.model import Comment


def opening(comment: Comment, lines: Sequence[TextLine]) -> str:
    """The first words of a comment's own text, across its lines, mentions left out."""
    strips_mentions = _strips_mentions(comment, lines)
    if not strips_mentions:  # all of it when short enough: the loop's result
        if len(lines) == 1 and lines[0].words <= OPENING_WORDS:  # most comments
            return lines[0].norm
        if sum([line.words for line in lines]) <= OPENING_WORDS:
            return " ".join([line.norm for line in lines])
    parts: list[str] = []  # whole runs of words, joined once at the end
    count = 0
    for k, line in enumerate(lines):
        text, words = line.norm, line.words
        if words > OPENING_WORDS:
            text, words = first_words(text, OPENING_WORDS), OPENING_WORDS
        if k == 0 and strips_mentions:  # of the first line's first words, the mentions go
            skip = sum(len(normalise(m).split()) for m in comment.mentions)
            text, words = _without_first_words(text, words, skip)
        if count + words > OPENING_WORDS:  # the line that reaches the limit: its first words
            text, words = first_words(text, OPENING_WORDS - count), OPENING_WORDS - count
        if words:
            parts.append(text)
            count += words
        if count >= OPENING_WORDS:
            break
    return " ".join(parts)


# A comment's own lines (at least one), as the opening index holds it: what its opening
# is read from, when an echo is weighed against it (an object a comment holding them and
# the opening's text was 1.2 MB of a page of twenty thousand short comments, at
# threading's peak). Its comment: the first line's.
Opener = tuple[TextLine, ...]


def opening_start(comment: Comment, lines: Sequence[TextLine]) -> str:
    """The first START_WORDS words of the comment's opening (``opening``), which index it:
    the first line's start when that line is long enough and opens with no mention."""
    first = lines[0] if lines else None
    if first is None or first.words < START_WORDS or _strips_mentions(comment, lines):
        return first_words(opening(comment, lines), START_WORDS)
    start = first.start  # the first words of the first sentence: of all, when four
    return start if start.count(" ") == START_WORDS - 1 else first_words(first.norm, START_WORDS)


def opener_text(opener: Opener) -> str:
    """The opening of the comment whose own lines these are."""
    return opening(opener[0].comment, opener)


def _strips_mentions(comment: Comment, lines: Sequence[TextLine]) -> bool:
    """Whether the comment's opening leaves out the @mentions its first line opens with."""
    return (  # the mentions asked last: most comments open with no "@"
        bool(lines) and lines[0].text[:1] == "@" and not lines[0].bare and bool(comment.mentions)
    )


def _without_first_words(text: str, words: int, skip: int) -> tuple[str, int]:
    """Normalised text of this many words less its first ``skip`` words, and its count."""
    if skip >= words:
        return "", 0
    return text.split(" ", skip)[skip], words - skip
