"""Comment openings by their first words, for echoes: a line that starts as another
comment opens ("The north quay…" under a comment opening so). The reply index
(reply_index.py) holds them beside its sentences."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.threads.reply_buckets import BUCKET_CAP, Bucket, Started, entries, line_of, put
from reader.analysis.threads.reply_openings import Opener, opener_text, opening_start
from reader.analysis.threads.reply_text import START_WORDS, first_words
from reader.analysis.threads.text_line import TextLine
from reader.model import Comment


class OpeningIndex:
    """Comment openings by their first two words (for short echoes) and first four (the
    rest), added in page order; the sentence starts they are looked up in are the
    reply index's."""

    _starts: dict[str, Bucket[Started]]

    def __init__(self) -> None:
        self._openings2: dict[str, Bucket[Opener]] = {}
        self._openings4: dict[str, Bucket[Opener]] = {}

    def add_opening(self, comment: Comment, lines: Sequence[TextLine]) -> None:
        """Index the first words of a comment's own text (``lines``), for echoes (in page
        order)."""
        start = opening_start(comment, lines)
        words = start.count(" ") + 1 if start else 0
        if words >= 2:  # short echoes look up two words, others four
            opener = tuple(lines)  # (the comment's lines themselves, most often: no copy)
            key = start if words == 2 else first_words(start, 2)
            put(self._openings2, key, opener)
            if words >= START_WORDS:
                put(self._openings4, start, opener)

    def mark_echoed(self) -> None:
        """Mark echoed the lines with a sentence that starts as another comment opens: maybe
        an echo. (An echo of a comment's first two words is a short line, which find_parts
        reads whatever the marks say.)"""
        starts = self._starts
        for key, openers in self._openings4.items():  # a sentence start has four words
            bucket = starts.get(key)
            if bucket is None:
                continue
            holders = entries(bucket)
            if (
                isinstance(openers, list)
                or len(holders) > 1
                or line_of(holders[0]).number != openers[0].number
            ):
                for entry in holders:
                    line_of(entry).echoed = True

    def is_opening(self, start: str) -> bool:
        """Whether some comment opens with these first words (an echo needs one; a shorter
        start is a sentence too short for one)."""
        return start in self._openings4

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
        openings = entries(bucket)
        if len(openings) > BUCKET_CAP:
            return []
        found = []
        for opener in openings:
            if (n := opener[0].number) != number:
                text = opener_text(opener)
                if text == fragment or text.startswith(fragment + " "):
                    found.append((n, len(text) > len(fragment)))
        return found
