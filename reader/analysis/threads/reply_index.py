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
Held = TextLine  # a sentence's holder: the line (its comment: line.number)
# A sentence start's: the line, with the sentence when that is not the whole line (most
# lines are one sentence: no tuple for them, the index's largest part at threading's peak).
Started = TextLine | tuple[TextLine, str]
E = TypeVar("E", Held, Started, Opening)
# A bucket of one entry is the entry itself (most sentences stand once on a page: a list
# for each was a third of the index); of more, a list of them.
Bucket: TypeAlias = E | list[E]


def _entries(bucket: Bucket[E]) -> list[E]:
    return bucket if isinstance(bucket, list) else [bucket]


def _started(entry: Started) -> tuple[TextLine, str]:
    """A sentence start's line and the sentence it starts."""
    return (entry, entry.norm) if isinstance(entry, TextLine) else entry


def _line(entry: Started) -> TextLine:
    return entry if isinstance(entry, TextLine) else entry[0]


def _put(buckets: dict[str, Bucket[E]], key: str, entry: E) -> list[E] | None:
    """Add the entry under the key; the bucket when it has just become two entries."""
    bucket = buckets.get(key)
    if bucket is None:  # (a line twice under one key is two entries: no setdefault)
        buckets[key] = entry
        return None
    if not isinstance(bucket, list):
        pair = buckets[key] = [bucket, entry]
        return pair
    bucket.append(entry)
    return None


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
        self._openings2: dict[str, Bucket[Opening]] = {}
        self._openings4: dict[str, Bucket[Opening]] = {}
        self._shared: list[list[Any]] = []  # sentence and start buckets of two entries or more

    def add_comment(self, lines: list[TextLine]) -> None:
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
        if (pair := _put(self._sentences, sentence, line)) is not None:
            self._shared.append(pair)
        started = line if sentence == line.norm else (line, sentence)
        if (pairs := _put(self._starts, start, started)) is not None:
            self._shared.append(pairs)

    def sharing(self) -> set[int]:
        """The comments holding a sentence, or a sentence's start, that some other entry
        holds too: the only comments that can have hits. Marks those lines shared."""
        found: set[int] = set()
        for bucket in self._shared:
            for entry in bucket:
                line = _line(entry)
                found.add(line.number)
                line.shared = True
        return found

    def add_opening(self, opening: Opening) -> None:
        """Index the first words of a comment's own text, for echoes (in page order)."""
        start = opening.start
        words = start.count(" ") + 1 if start else 0
        if words >= 2:  # short echoes look up two words, others four
            key = start if words == 2 else first_words(start, 2)
            _put(self._openings2, key, opening)
            if words >= START_WORDS:
                _put(self._openings4, start, opening)

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
            if (
                isinstance(openers, list)
                or len(holders) > 1
                or _line(holders[0]).number != openers.number
            ):
                for entry in holders:
                    line = _line(entry)
                    found.add(line.number)
                    line.echoed = True
        return found

    def is_opening(self, start: str) -> bool:
        """Whether some comment opens with these first words (an echo needs one; a shorter
        start is a sentence too short for one)."""
        return start in self._openings4

    def line_hits(self, number: int, line: TextLine) -> list[Hits] | None:
        """For each sentence of the line, the other comments holding it (or it cut short);
        None when no other comment holds any of them (most lines)."""
        if line.one:  # most lines: a single sentence, often held nowhere else
            if line.words < MIN_QUOTE_WORDS:
                return None
            held, starts = self._sentences[line.norm], self._starts[line.start]
            if not isinstance(held, list) and not isinstance(starts, list):  # its own alone
                return None  # (the index holds every sentence of four words or more)
            hits = self._hits(number, line.norm, line.start, line.norm)
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
            and (len(held) > 1 or held[0].number != number)
        ):
            for other in held[:_BUCKET_CAP]:
                n = other.number
                if n != number and n not in hits:
                    hits[n] = Match(n, other.block, other.norm != whole)
        started = self._starts.get(start)
        starts = _entries(started) if started is not None else None
        if (
            starts is not None
            and len(starts) <= _BUCKET_CAP
            and (len(starts) > 1 or _line(starts[0]).number != number)
        ):
            prefix = sentence + " "
            for entry in starts:
                other, full = _started(entry)
                n = other.number
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
        if bucket is None:
            return []
        openings = _entries(bucket)
        if len(openings) > _BUCKET_CAP:
            return []
        found = []
        for opening in openings:
            if (n := opening.number) != number:
                text = opening.text
                if text == fragment or text.startswith(fragment + " "):
                    found.append((n, len(text) > len(fragment)))
        return found
