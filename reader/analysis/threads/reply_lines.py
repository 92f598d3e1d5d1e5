"""A comment's text blocks as threading reads them: each line normalised whole and
sentence by sentence, with the marks the index sets on it (reply_index.py)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.threads.reply_text import (
    FINISHED,
    SHORT_ECHO,
    START_WORDS,
    first_words,
    has_sentence_end,
    normalise,
    split_at_ends,
)
from reader.model import Block, BlockKind, Comment
from reader.model.block_rows import kind_mask

_TEXT = kind_mask(BlockKind.PARAGRAPH, BlockKind.QUOTE)  # the blocks threading reads


@dataclass(slots=True)
class TextLine:
    """One text block of a comment (its block ``at``), normalised whole and sentence by
    sentence. The block itself is made when asked for (``block``): a page's comment blocks
    are rows (BlockRows), and a made block for each line was a sixth of threading's peak."""

    comment: Comment
    at: int  # its block's place in the comment's blocks
    text: str  # its block's text
    norm: str
    start: str  # the first words of its first sentence, the index's key for it
    words: int  # words in norm
    number: int  # its comment's
    # A page has a TextLine for each comment paragraph, most of one sentence: ``norm``,
    # written as ``block.text``, starting ``start``. Only the others hold their sentences
    # (normalised, as written, and their first words), read through ``sentences``,
    # ``raw`` and ``starts``: three tuples a line fewer, a page's worth at threading's peak.
    parts: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None = None
    # Marks set as the page is read, so that most lines need no lookups:
    shared: bool = False  # another index entry holds a sentence of it, or a sentence's start
    echoed: bool = False  # a sentence of it starts as some comment opens
    alone: bool = False  # it may quote or echo whatever the index holds (quotation marks…)
    bare: bool = False  # the comment's first line, read without the @mentions it opens with

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


def text_lines(comment: Comment) -> list[TextLine]:
    """The comment's paragraph and quote blocks, in order.

    Lines that may quote or echo another comment whatever the index holds are marked
    ``alone``: those with quotation marks, and, among several lines, a short unfinished
    one (a reply quoting a few words)."""
    lines: list[TextLine] = []
    short = None  # the first short unfinished line, marked once a second line shows
    number = comment.number
    for at, text in comment.places_of(_TEXT):
        if not has_sentence_end(text):  # most lines hold one sentence: _text_line inlined
            norm = normalise(text)
            if not norm:
                continue
            words = norm.count(" ") + 1
            start = norm  # its first words (first_words inlined)
            if words > START_WORDS:
                start = norm[: -len(norm.split(" ", START_WORDS)[-1]) - 1]
            line = TextLine(comment, at, text, norm, start, words, number)
        elif (found := _text_line(comment, at, text)) is not None:
            line, words = found, found.words
        else:
            continue
        if not lines and text[:1] == "@" and comment.mentions:  # the cheap test first
            line = _bare(line, sum(len(normalise(m).split()) for m in comment.mentions))
        if '"' in text or "“" in text:  # what a quoted span needs
            line.alone = True
        elif words <= SHORT_ECHO and text[-1] not in FINISHED:
            if lines:
                line.alone = True
            else:
                short = line
        lines.append(line)
    if short is not None and len(lines) > 1:
        short.alone = True
    return lines


def _text_line(comment: Comment, at: int, text: str) -> TextLine | None:
    """The normalised sentences of a block of more than one (has_sentence_end); None
    when it has no words."""
    pairs = [(n, p) for p in split_at_ends(text) if (n := normalise(p))]
    if not pairs:
        return None
    sentences = tuple([n for n, _ in pairs])
    raw = tuple([p for _, p in pairs])
    norm = " ".join(sentences)
    starts = tuple([first_words(n, START_WORDS) for n in sentences])
    parts = None if raw == (text,) else (sentences, raw, starts)
    words = norm.count(" ") + 1
    return TextLine(comment, at, text, norm, starts[0], words, comment.number, parts)


def _bare(line: TextLine, skip: int) -> TextLine:
    """The first line without its opening @mentions ("@Sam The north quay…"), whose
    first sentence then starts as the comment it answers may open; the line itself
    when the mentions are all of it."""
    if line.sentences[0].count(" ") < skip:
        return line
    first = line.sentences[0].split(" ", skip)[skip]
    raw = line.raw[0].split(None, skip)[-1]
    sentences = (first, *line.sentences[1:])
    norm = " ".join(sentences)
    starts = (first_words(first, START_WORDS), *line.starts[1:])
    words = norm.count(" ") + 1
    parts = (sentences, (raw, *line.raw[1:]), starts)
    return TextLine(
        line.comment, line.at, line.text, norm, starts[0], words, line.number, parts, bare=True
    )
