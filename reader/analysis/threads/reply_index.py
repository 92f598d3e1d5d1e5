"""Where else a comment's words appear: normalised sentences and openings by hash.

Every lookup is a dictionary probe on normalised text (or on its first words), so
matching a reply's lines against all comments costs time in proportion to the
text, never to the number of comment pairs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar

from reader.analysis.threads.reply_text import START_WORDS, Opening, TextLine, first_words
from reader.model import Block

MIN_QUOTE_WORDS = 4  # a shorter line ("I agree.") repeats by chance, not by quoting
_BUCKET_CAP = 64  # more comments than this opening alike: a stock phrase, not a quote

Hits = dict[int, "Match"]
Held = tuple[int, TextLine]  # a sentence's holder: (comment, line)
Started = tuple[int, TextLine, str]  # a sentence start's: (comment, line, sentence)
E = TypeVar("E", Held, Started)
# A bucket of one entry is the entry itself (most sentences stand once on a page: a list
# for each was a third of the index); of more, a list of them.
Bucket: TypeAlias = E | list[E]


def _entries(bucket: Bucket[E]) -> list[E]:
    return [bucket] if isinstance(bucket, tuple) else bucket


@dataclass(slots=True)
class Match:
    comment: int  # the comment holding the text
    block: Block  # its block holding it
    directed: bool  # the text is a strict part of that block, so the holder is quoted


class ReplyIndex:
    """Sentences, sentence starts and comment openings of a page's comments.

    Comments are added one by one, in page order (``add_comment``), then their
    openings (``add_openings``); the index notes as it goes which sentences and
    starts more than one entry holds, so most comments need no lookups at all.
    """

    def __init__(self) -> None:
        self._sentences: dict[str, Bucket[Held]] = {}
        self._starts: dict[str, Bucket[Started]] = {}
        # Openings by their first two words (for short echoes) and first four (the rest).
        self._openings2: dict[str, list[tuple[int, Opening]]] = {}
        self._openings4: dict[str, list[tuple[int, Opening]]] = {}
        self._shared: list[list[Any]] = []  # sentence and start buckets of two entries or more

    def add_comment(self, number: int, lines: list[TextLine]) -> None:
        """Index the sentences of one comment's lines."""
        for line in lines:
            if len(line.sentences) == 1:  # most lines: no pairs to walk, nothing to count
                if line.words >= MIN_QUOTE_WORDS:  # shorter: too short to tell a quote
                    self._add(line.norm, line.starts[0], number, line)
                continue
            for sentence, start in zip(line.sentences, line.starts, strict=True):
                if start.count(" ") >= MIN_QUOTE_WORDS - 1:
                    self._add(sentence, start, number, line)

    def _add(self, sentence: str, start: str, number: int, line: TextLine) -> None:
        self._put(self._sentences, sentence, (number, line))
        self._put(self._starts, start, (number, line, sentence))

    def _put(self, buckets: dict[str, Bucket[E]], key: str, entry: E) -> None:
        bucket = buckets.setdefault(key, entry)
        if bucket is entry:
            return
        if isinstance(bucket, tuple):  # a second entry: from now on, its entries may be
            pair = buckets[key] = [bucket, entry]  # each other's hits
            self._shared.append(pair)
        else:
            bucket.append(entry)

    def sharing(self) -> set[int]:
        """The comments holding a sentence, or a sentence's start, that some other entry
        holds too: the only comments that can have hits. Marks those lines shared."""
        found: set[int] = set()
        for bucket in self._shared:
            for entry in bucket:
                found.add(entry[0])
                entry[1].shared = True
        return found

    def add_opening(self, number: int, opening: Opening) -> None:
        """Index the first words of a comment's own text, for echoes (in page order)."""
        start = opening.start
        words = start.count(" ") + 1 if start else 0
        if words >= 2:  # short echoes look up two words, others four
            entry = (number, opening)
            key = start if words == 2 else first_words(start, 2)
            self._openings2.setdefault(key, []).append(entry)
            if words >= START_WORDS:
                self._openings4.setdefault(start, []).append(entry)

    def echoing(self) -> set[int]:
        """The comments with a sentence that starts as another comment opens: maybe an
        echo (those lines are marked echoed).

        (An echo of a comment's first two words is a short line, which find_parts reads
        whatever this says.)
        """
        found: set[int] = set()
        starts = self._starts
        for key, openers in self._openings4.items():  # a sentence start has four words
            bucket = starts.get(key)
            if bucket is None:
                continue
            holders = _entries(bucket)
            if len(openers) > 1 or len(holders) > 1 or holders[0][0] != openers[0][0]:
                for number, line, _ in holders:
                    found.add(number)
                    line.echoed = True
        return found

    def is_opening(self, start: str) -> bool:
        """Whether some comment opens with these first words (an echo needs one; a shorter
        start is a sentence too short for one)."""
        return start in self._openings4

    def line_hits(self, number: int, line: TextLine) -> list[Hits] | None:
        """For each sentence of the line, the other comments holding it (or it cut short);
        None when no other comment holds any of them (most lines)."""
        if len(line.sentences) == 1:  # most lines: a single sentence, often held nowhere else
            if line.words < MIN_QUOTE_WORDS:
                return None
            held, starts = self._sentences[line.norm], self._starts[line.starts[0]]
            if isinstance(held, tuple) and isinstance(starts, tuple):  # its own entries alone
                return None  # (the index holds every sentence of four words or more)
            hits = self._hits(number, line.norm, line.starts[0], line.norm)
            return [hits] if hits else None
        found = [
            self._hits(number, sentence, start, line.norm)
            for sentence, start in zip(line.sentences, line.starts, strict=True)
        ]
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
            and (held := _entries(bucket))
            and (len(held) > 1 or held[0][0] != number)
        ):
            for n, other in held[:_BUCKET_CAP]:
                if n != number and n not in hits:
                    hits[n] = Match(n, other.block, other.norm != whole)
        started = self._starts.get(start)
        starts = _entries(started) if started is not None else None
        if (
            starts is not None
            and len(starts) <= _BUCKET_CAP
            and (len(starts) > 1 or starts[0][0] != number)
        ):
            prefix = sentence + " "
            for n, other, full in starts:
                if n != number and n not in hits and full.startswith(prefix):
                    hits[n] = Match(n, other.block, True)
        return hits

    @staticmethod
    def line_sources(line: TextLine, hits: list[Hits]) -> Hits:
        """The comments that hold every sentence of a line: where it was quoted from."""
        if line.words < MIN_QUOTE_WORDS or not hits:
            return {}
        common = hits[0]
        for more in hits[1:]:
            common = {n: m for n, m in common.items() if n in more}
        return common

    def echoes(self, number: int, fragment: str, start: str = "") -> list[tuple[int, bool]]:
        """Comments whose opening words are this fragment: (comment, opening is longer).

        ``start``: the fragment's first START_WORDS words, when the caller has them.
        """
        words = fragment.count(" ") + 1
        if words < 2:
            return []
        if words < START_WORDS:
            bucket = self._openings2.get(first_words(fragment, 2))
        else:
            bucket = self._openings4.get(start or first_words(fragment, START_WORDS))
        if bucket is None or len(bucket) > _BUCKET_CAP:
            return []
        found = []
        for n, opening in bucket:
            if n != number:
                text = opening.text
                if text == fragment or text.startswith(fragment + " "):
                    found.append((n, len(text) > len(fragment)))
        return found
