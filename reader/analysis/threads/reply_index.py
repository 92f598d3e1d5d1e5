"""Where else a comment's words appear: normalised sentences and openings by hash.

Every lookup is a dictionary probe on normalised text (or on its first words), so
matching a reply's lines against all comments costs time in proportion to the
text, never to the number of comment pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader.analysis.threads.opening_index import OpeningIndex
from reader.analysis.threads.reply_buckets import (
    BUCKET_CAP,
    Bucket,
    Held,
    Hits,
    Match,
    Started,
    entries,
    line_of,
    put,
    started_of,
)
from reader.analysis.threads.reply_text import START_WORDS, first_words
from reader.analysis.threads.text_line import TextLine

MIN_QUOTE_WORDS = 4  # a shorter line ("I agree.") repeats by chance, not by quoting


class ReplyIndex(OpeningIndex):
    """Sentences, sentence starts and comment openings of a page's comments.

    Comments are added one by one, in page order (``add_comment``), then their
    openings (``add_openings``); the index notes as it goes which sentences and
    starts more than one entry holds, so most comments need no lookups at all.
    """

    def __init__(self) -> None:
        super().__init__()  # the openings (opening_index.py)
        self._sentences: dict[str, Bucket[Held]] = {}
        self._starts: dict[str, Bucket[Started]] = {}
        self._shared: list[list[Any]] = []  # sentence and start buckets of two entries or more

    def add_comment(self, lines: Sequence[TextLine]) -> None:
        """Index the sentences of one comment's lines."""
        for line in lines:
            if line.one:  # most lines: no pairs to walk, nothing to count
                if line.words >= MIN_QUOTE_WORDS:  # shorter: too short to tell a quote
                    self._add(line.norm, line.start, line)
                continue
            for sentence, start in zip(line.sentences, line.starts, strict=True):
                if start.count(" ") >= MIN_QUOTE_WORDS - 1:
                    self._add(sentence, start, line)

    def _add(self, sentence: str, start: str, line: TextLine) -> None:
        # A second entry under a key: from now on, its entries may be each other's hits.
        if (pair := put(self._sentences, sentence, line)) is not None:
            self._shared.append(pair)
        started = line if sentence == line.norm else (line, sentence)
        if (pairs := put(self._starts, start, started)) is not None:
            self._shared.append(pairs)

    def mark_shared(self) -> None:
        """Mark shared the lines holding a sentence, or a sentence's start, that some other
        entry holds too: the only lines (and comments) that can have hits."""
        for bucket in self._shared:
            for entry in bucket:
                line_of(entry).shared = True

    def line_hits(self, number: int, line: TextLine) -> tuple[Hits, ...] | None:
        """For each sentence of the line, the other comments holding it (or it cut short);
        None when no other comment holds any of them (most lines)."""
        if line.one:  # most lines: a single sentence, often held nowhere else
            if line.words < MIN_QUOTE_WORDS:
                return None
            held, starts = self._sentences[line.norm], self._starts[line.start]
            if not isinstance(held, list) and not isinstance(starts, list):  # its own alone
                return None  # (the index holds every sentence of four words or more)
            hits = self._hits(number, line.norm, line.start, line.norm)
            return (hits,) if hits else None
        found = tuple(
            [
                self._hits(number, sentence, start, line.norm)
                for sentence, start in zip(line.sentences, line.starts, strict=True)
            ]
        )
        return found if any(found) else None

    def quote_hits(self, number: int, text: str) -> Hits:
        """The other comments holding this normalised text as a sentence or its start."""
        return self._hits(number, text, first_words(text, START_WORDS), "")

    def _hits(self, number: int, sentence: str, start: str, whole: str) -> Hits:
        hits: Hits = {}
        if start.count(" ") < MIN_QUOTE_WORDS - 1:
            return hits
        bucket = self._sentences.get(sentence)
        if (
            bucket is not None
            and (held := entries(bucket))
            and (len(held) > 1 or held[0].number != number)
        ):
            for other in held[:BUCKET_CAP]:
                n = other.number
                if n != number and n not in hits:
                    hits[n] = Match(other, other.norm != whole)
        started = self._starts.get(start)
        starts = entries(started) if started is not None else None
        if (
            starts is not None
            and len(starts) <= BUCKET_CAP
            and (len(starts) > 1 or line_of(starts[0]).number != number)
        ):
            prefix = sentence + " "
            for entry in starts:
                other, full = started_of(entry)
                n = other.number
                if n != number and n not in hits and full.startswith(prefix):
                    hits[n] = Match(other, True)
        return hits

    @staticmethod
    def line_sources(line: TextLine, hits: tuple[Hits, ...]) -> Hits:
        """The comments that hold every sentence of a line: where it was quoted from."""
        if line.words < MIN_QUOTE_WORDS or not hits:
            return {}
        common = hits[0]
        for more in hits[1:]:
            common = {n: m for n, m in common.items() if n in more}
        return common
