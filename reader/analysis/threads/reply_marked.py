"""A reply's first line marked as a quote ("> Why?", or a collapsed quote's "Why?…"),
too short for the index of quotes (reply_index.py) and with no @mention to vouch for it
(reply_short.py): the mark vouches for itself. The reply answers the one earlier
comment, by another writer, that holds those words as a whole line; two such comments
decide nothing."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.threads.reply_short import PART_WORDS, PageLines
from reader.analysis.threads.text_line import TextLine
from reader.model import Comment


class MarkedQuotes(PageLines):
    """Finds, for a reply with no parent yet that opens with a marked quote, the comment
    it quotes."""

    _short: dict[str, list[int]] | None = None  # a short line -> comments holding it

    def quoted(self, reply: Comment) -> tuple[int, Sequence[TextLine]] | None:
        """The comment a reply's first line, marked as a quote ("> Why?") over its own
        text, quotes: the one earlier comment by another writer holding it whole."""
        lines = self.lines_of(reply.number)
        if not lines or not _marked(lines[0].text) or len(lines) < 2:
            return None  # the cheap test first: most replies open with their own words
        if lines[0].words >= PART_WORDS:
            return None  # longer quotes are the index's (reply_index.py)
        if self._short is None:
            self._short = {}
            for comment, held in zip(self._timeline, self._lines, strict=True):
                for line in held:
                    if line.words < PART_WORDS and not _marked(line.text):
                        self._short.setdefault(line.norm, []).append(comment.number)
        here = self._rank[reply.number]
        holders = {
            n
            for n in self._short.get(lines[0].norm, ())
            if self._rank[n] < here and self._timeline[self._rank[n]].author != reply.author
        }
        return (holders.pop(), lines[:1]) if len(holders) == 1 else None


def _marked(text: str) -> bool:
    """A line marked as a quote: opened by ">" or cut short by a clip mark ("Why?…",
    "Fair point...": a forum's collapsed quote shows its first words and the mark)."""
    return text[:1] == ">" or text.endswith(("…", "..."))
