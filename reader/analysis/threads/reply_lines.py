"""A comment's text blocks as threading reads them: its TextLines (text_line.py), each
normalised whole and sentence by sentence, and the marks read off them."""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.threads.reply_text import (
    FINISHED,
    SHORT_ECHO,
    START_WORDS,
    first_words,
    has_sentence_end,
    normalise,
    split_at_ends,
)
from reader.analysis.threads.text_line import BARE, TextLine
from reader.model import BlockKind, Comment
from reader.model.row_block import kind_mask

_TEXT = kind_mask(BlockKind.PARAGRAPH, BlockKind.QUOTE)  # the blocks threading reads


def marked(lines: Sequence[TextLine], marks: int) -> bool:
    """Whether a line of them has one of the marks (bits)."""
    return any([line.marks & marks for line in lines])  # a list: most comments have one


def text_lines(comment: Comment) -> list[TextLine]:
    """The comment's paragraph and quote blocks, in order.

    Lines that may quote or echo another comment whatever the index holds are marked
    ``alone``: those with quotation marks, and, among several lines, a short unfinished
    one (a reply quoting a few words)."""
    lines: list[TextLine] = []
    short = None  # the first short unfinished line, marked once a second line shows
    for at, text in comment.places_of(_TEXT):
        if not has_sentence_end(text):  # most lines hold one sentence: _text_line inlined
            norm = normalise(text)
            if not norm:
                continue
            words = norm.count(" ") + 1
            start = norm  # its first words (first_words inlined)
            if words > START_WORDS:
                start = norm[: -len(norm.split(" ", START_WORDS)[-1]) - 1]
            line = TextLine(comment, at, text, norm, start, words)
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
    return TextLine(comment, at, text, norm, starts[0], words, parts)


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
    return TextLine(line.comment, line.at, line.text, norm, starts[0], words, parts, BARE)
