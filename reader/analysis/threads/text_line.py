"""A comment's text block as threading reads it: normalised whole and sentence by sentence
(reply_lines.py makes them), with the marks the index sets on it (reply_index.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import overload

from reader.model import Block, Comment

SHARED, ECHOED, ALONE, BARE = 1, 2, 4, 8  # a line's marks (TextLine.marks), as bits
NO_START = ""  # a line's first words once the index they were the keys of has gone


class _Mark:
    """A mark of a line read and set as a bool, kept as a bit of its ``marks``."""

    def __init__(self, bit: int) -> None:
        self.bit = bit

    @overload
    def __get__(self, line: None, owner: type) -> _Mark: ...

    @overload
    def __get__(self, line: TextLine, owner: type) -> bool: ...

    def __get__(self, line: TextLine | None, owner: type) -> bool | _Mark:
        return self if line is None else bool(line.marks & self.bit)

    def __set__(self, line: TextLine, on: bool) -> None:
        line.marks = line.marks | self.bit if on else line.marks & ~self.bit


@dataclass(slots=True)
class TextLine:
    """One text block of a comment (its block ``at``), normalised whole and sentence by
    sentence. The block itself is made when asked for (``block``): a page's comment blocks
    are rows (BlockRows), and a made block for each line was a sixth of threading's peak.
    A page has one for each comment paragraph: its comment's number is read from the
    comment and its four marks are the bits of one number (slots of their own were 1.4 MB
    of a page of twenty thousand short comments, at threading's peak)."""

    comment: Comment
    at: int  # its block's place in the comment's blocks
    text: str  # its block's text
    norm: str
    start: str  # the first words of its first sentence, the index's key for it (NO_START
    # once the index has gone: reply_repeats.repeats)
    words: int  # words in norm
    # A page has a TextLine for each comment paragraph, most of one sentence: ``norm``,
    # written as ``block.text``, starting ``start``. Only the others hold their sentences
    # (normalised, as written, and their first words), read through ``sentences``,
    # ``raw`` and ``starts``: three tuples a line fewer, a page's worth at threading's peak.
    parts: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None
    marks: int = 0  # bits set as the page is read, so that most lines need no lookups:
    shared = _Mark(SHARED)  # another index entry holds a sentence of it, or a sentence's start
    echoed = _Mark(ECHOED)  # a sentence of it starts as some comment opens
    alone = _Mark(ALONE)  # it may quote or echo whatever the index holds (quotation marks…)
    bare = _Mark(BARE)  # the comment's first line, read without the @mentions it opens with

    @property
    def number(self) -> int:
        """Its comment's."""
        return self.comment.number

    @property
    def block(self) -> Block:
        """Its block: what is changed on it is the comment's."""
        return self.comment.block_at(self.at)

    @property
    def sentences(self) -> tuple[str, ...]:
        """Its sentences, normalised."""
        return (self.norm,) if self.parts is None else self.parts[0]

    @property
    def raw(self) -> tuple[str, ...]:
        """Its sentences as written."""
        return (self.text,) if self.parts is None else self.parts[1]

    @property
    def starts(self) -> tuple[str, ...]:
        """The first words of each of its sentences."""
        return (self.start,) if self.parts is None else self.parts[2]

    @property
    def one(self) -> bool:
        """Whether it holds a single sentence (most lines)."""
        return self.parts is None or len(self.parts[0]) == 1
