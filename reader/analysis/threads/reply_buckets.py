"""The buckets of the reply index (reply_index.py): the entries under one normalised
text, kept as the entry itself while it is alone (most sentences stand once on a page),
and what a lookup finds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias, TypeVar

from reader.analysis.threads.reply_openings import Opener
from reader.analysis.threads.text_line import TextLine
from reader.model import Block

BUCKET_CAP = 64  # more comments than this alike (a sentence, an opening): a stock phrase
Hits = dict[int, "Match"]
Held = TextLine  # a sentence's holder: the line (its comment: line.number)
# A sentence start's: the line, with the sentence when that is not the whole line (most
# lines are one sentence: no tuple for them, the index's largest part at threading's peak).
Started = TextLine | tuple[TextLine, str]
E = TypeVar("E", Held, Started, Opener)
# A bucket of one entry is the entry itself (most sentences stand once on a page: a list
# for each was a third of the index); of more, a list of them.
Bucket: TypeAlias = E | list[E]


def entries(bucket: Bucket[E]) -> list[E]:
    return bucket if isinstance(bucket, list) else [bucket]


def started_of(entry: Started) -> tuple[TextLine, str]:
    """A sentence start's line and the sentence it starts."""
    return (entry, entry.norm) if isinstance(entry, TextLine) else entry


def line_of(entry: Started) -> TextLine:
    return entry if isinstance(entry, TextLine) else entry[0]


def put(buckets: dict[str, Bucket[E]], key: str, entry: E) -> list[E] | None:
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
    line: TextLine  # the line holding the text (its comment: line.number, the hits' key)
    directed: bool  # the text is a strict part of that block, so the holder is quoted

    @property
    def block(self) -> Block:
        """The block holding the text (made when asked for: TextLine.block)."""
        return self.line.block
