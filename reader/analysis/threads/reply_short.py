"""Quotes too short or too partial for the hash index, vouched for by an @mention.

A reply that names someone ("@Rosa") and repeats, before its answer, a short line of
theirs ("Nonsense.", a sentence of one word) or a part of one of their lines ("the
harbour board should resign") answers the comment holding those words. Such words
repeat by chance, so the mention must vouch for them: only comments by a writer the
mention names count (or, on a page that names no such writer, unsigned comments, when
exactly one holds the words), and a quoted line is followed by the reply's own text.
When the words stand in comments of two writers, they decide nothing (a line marked as
a quote, "> Nonsense.", vouches for itself: reply_marked.py).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from reader.analysis.threads.mention_names import name_key
from reader.analysis.threads.text_line import TextLine
from reader.model import BlockKind, Comment

PART_WORDS = 3  # part of a line, not a whole sentence of it: at least this many words
SEARCHES = 256  # lines looked for among all unsigned comments, at most, on one page


@dataclass(slots=True)
class _Text:
    """The normalised lines of some comments, one string to search: " line " each."""

    text: str
    # Where each line starts in text, four bytes each: as a list of numbers, a page's
    # texts' starts were 1.3 MB of threading's peak (a page of twenty thousand comments).
    starts: array[int]
    holders: list[TextLine]  # each line (its comment: line.number)


@dataclass
class PageLines:
    """The page's comments in time order, each one's place in it and its text lines:
    what the finders of short quotes read."""

    _timeline: list[Comment]
    _rank: dict[int, int]
    _lines: Sequence[Sequence[TextLine]]  # each comment's, at its place in the timeline

    def __post_init__(self) -> None:
        """What a finder keeps besides (its caches)."""

    def lines_of(self, number: int) -> Sequence[TextLine]:
        """The text lines of the comment of this number."""
        return self._lines[self._rank[number]]


class ShortQuotes(PageLines):
    """Finds, for a reply with an @mention and no parent yet, the comment it quotes."""

    def __post_init__(self) -> None:
        self._by_author: dict[str, list[int]] | None = None  # author -> comment numbers
        self._by_first: dict[str, list[str]] = {}  # an author's first word -> authors
        self._texts: dict[str, _Text] = {}  # an author's lines ("" for unsigned comments)
        self._writers: dict[tuple[str, ...], list[str]] = {}  # mentions -> the writers named
        self._searches = 0

    def quoted(self, reply: Comment) -> tuple[int, list[TextLine]] | None:
        """The comment the reply quotes and the reply's lines that quote it."""
        lines = self.lines_of(reply.number)
        if len(lines) < 2:  # a quote and the answer to it at least
            return None
        first = 1 if lines[0].text[:1] == "@" else 0  # the mention's own line
        found: dict[int, list[TextLine]] = {}
        for line in lines[first:-1]:  # a quote comes before the reply's own words
            if line.block.kind is BlockKind.PARAGRAPH:
                holder = self._holder(reply, line)
                if holder is not None:
                    found.setdefault(holder, []).append(line)
        if not found:
            return None
        number = next(iter(found))
        return number, found[number]

    def _holder(self, reply: Comment, line: TextLine) -> int | None:
        named = self._named(reply.mentions)
        here = self._rank[reply.number]
        if named:
            writers: dict[str, int] = {}  # writer -> their latest comment holding the words
            for author in named:
                for n in self._holding(author, line):
                    rank = self._rank[n]
                    if rank >= here or self._timeline[rank].author == reply.author:
                        continue  # only earlier comments, by someone else
                    if author not in writers or rank > self._rank[writers[author]]:
                        writers[author] = n
            return next(iter(writers.values())) if len(writers) == 1 else None
        if self._searches >= SEARCHES:
            return None
        self._searches += 1
        unsigned = {n for n in self._holding("", line) if self._rank[n] < here}
        return unsigned.pop() if len(unsigned) == 1 else None

    def _named(self, mentions: list[str]) -> list[str]:
        """The writers on the page (as name keys) that the mentions name (found once for
        each set of mentions: a page's replies name a few writers again and again)."""
        key = tuple(mentions)
        found = self._writers.get(key)
        if found is None:
            found = self._writers[key] = self._find_named(mentions)
        return found

    def _find_named(self, mentions: list[str]) -> list[str]:
        if self._by_author is None:
            self._by_author = {}
            for comment in self._timeline:
                key = name_key(comment.author) if comment.author else ""
                if key not in self._by_author:
                    self._by_first.setdefault(key.split(" ", 1)[0], []).append(key)
                self._by_author.setdefault(key, []).append(comment.number)
        found = []
        for mention in mentions:
            said = name_key(mention)
            if said:  # the writers it names begin with its first word
                lead = said + " "
                first = self._by_first.get(said.split(" ", 1)[0], [])
                found += [a for a in first if a == said or a.startswith(lead)]
        return found

    def _holding(self, author: str, line: TextLine) -> list[int]:
        """The comments of a writer ("": unsigned ones) with a line holding the words:
        as a whole sentence, or, when long enough, anywhere at word boundaries."""
        text = self._texts.get(author)
        if text is None:
            text = self._texts[author] = self._text(author)
        words, pattern = line.norm, f" {line.norm} "
        found: list[int] = []
        at = text.text.find(pattern)
        while at != -1:
            other = text.holders[bisect.bisect_right(text.starts, at) - 1]
            if line.words >= PART_WORDS or words in other.sentences:
                found.append(other.number)
            at = text.text.find(pattern, at + 1)
        return found

    def _text(self, author: str) -> _Text:
        assert self._by_author is not None
        holders = [line for n in self._by_author.get(author, []) for line in self.lines_of(n)]
        starts, at = array("l"), 0
        for line in holders:
            starts.append(at)
            at += len(line.norm) + 3  # " norm " and the line end
        text = " " + " \n ".join([line.norm for line in holders]) + " " if holders else ""
        return _Text(text, starts, holders)
