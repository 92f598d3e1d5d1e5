"""Who a comment's "@Name" addresses, and authors a reply reveals.

An @mention names a commenter: the whole name ("@Will James") or its first words
("@Will" when one Will is in the thread, "@Sallie Goetsch" for "Sallie Goetsch
(rhymes with sketch)"). Two commenters who share the mentioned words make the
mention ambiguous, and an ambiguous mention links nothing.
"""

from __future__ import annotations

import bisect

from reader.analysis.reply_text import normalise
from reader.model import Comment

EXACT, PREFIX, NONE = 2, 1, 0


def name_match(mention: str, author: str | None) -> int:
    """How a mention names an author: EXACT, PREFIX (its first words) or NONE."""
    if not author:
        return NONE
    said, name = normalise(mention), normalise(author)
    if not said:
        return NONE
    if said == name:
        return EXACT
    return PREFIX if name.startswith(said + " ") else NONE


class AuthorIndex:
    """Comments by author name and by the first words of it, in time order."""

    def __init__(self, timeline: list[Comment]) -> None:
        self._rank = {c.number: k for k, c in enumerate(timeline)}
        self._exact: dict[str, list[Comment]] = {}
        self._prefix: dict[str, list[Comment]] = {}
        for comment in timeline:
            words = normalise(comment.author or "").split()
            if words:
                self._exact.setdefault(" ".join(words), []).append(comment)
            for size in range(1, len(words)):
                self._prefix.setdefault(" ".join(words[:size]), []).append(comment)

    def addressed(self, mention: str, reply: Comment) -> Comment | None:
        """The latest comment before the reply by the commenter a mention names.

        None when nobody before it has that name, or when two commenters share it.
        """
        said, rank = normalise(mention), self._rank[reply.number]
        exact = self._before(self._exact.get(said, []), rank)
        if exact:
            return exact[-1]
        loose = self._before(self._prefix.get(said, []), rank)
        names = {normalise(c.author or "") for c in loose}
        return loose[-1] if len(names) == 1 else None

    def _before(self, comments: list[Comment], rank: int) -> list[Comment]:
        end = bisect.bisect_left(comments, rank, key=lambda c: self._rank[c.number])
        return comments[:end]


def mentions_author(comment: Comment, author: str | None) -> str | None:
    """The reply's mention that names this author, if one does."""
    return next((m for m in comment.mentions if name_match(m, author) != NONE), None)


class AuthorClues:
    """Names replies give the comments they quote: "@Will James" over a quote of N."""

    def __init__(self) -> None:
        self._names: dict[int, dict[str, str]] = {}

    def add(self, reply: Comment, quoted: Comment) -> None:
        if len(reply.mentions) == 1 and quoted.author is None:
            name = reply.mentions[0]
            if normalise(name) != normalise(reply.author or ""):
                self._names.setdefault(quoted.number, {})[normalise(name)] = name

    def apply(self, comments: dict[int, Comment]) -> None:
        """Set each unknown author that all its clues agree on; leave the rest null."""
        for number, names in self._names.items():
            comment = comments[number]
            if comment.author is None and len(names) == 1:
                comment.author = next(iter(names.values()))
