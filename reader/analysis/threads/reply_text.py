"""A comment's text as threading reads it: normalised lines, sentences and openings.

Normalising folds case, quotation marks and punctuation, so a reply that quotes
"The EU was formed…" matches "the EU was formed…," in the comment it answers.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from reader.model import Block, BlockKind, Comment

_FOLD = str.maketrans(
    {
        **dict.fromkeys(string.punctuation.replace("'", "") + "“”„‟«»‹›–—―…·•¡¿‐‑‒\u00a0", " "),
        **dict.fromkeys("'’‘ʼ"),  # apostrophes go: "don't" and "dont" are one word
    }
)
# For ASCII text: punctuation and every white space str.split() knows become spaces.
_ASCII_TO_SPACE = string.punctuation.replace("'", "").encode() + b"\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_ASCII_FOLD = bytes.maketrans(_ASCII_TO_SPACE, b" " * len(_ASCII_TO_SPACE))
_ENDS = ".!?…"  # what ends a sentence
_CLOSES = "\"”’')]"  # what may close it, after the end
_SENTENCE_END = re.compile(rf"(?<=[{_ENDS}])[{re.escape(_CLOSES)}]*\s+")
_ANY_END = re.compile(rf"[{_ENDS}][{re.escape(_CLOSES)}]*\s")
_QUOTED = re.compile(r"[“\"]([^“”\"]{6,400}?)[”\"]")
_FINISHED = _ENDS + ":;" + _CLOSES  # a line ending with none of these is unfinished
_PARAGRAPH, _QUOTE = BlockKind.PARAGRAPH, BlockKind.QUOTE  # the text kinds, compared by identity
START_WORDS = 4  # sentences and openings are indexed by their first four words
OPENING_WORDS = 40  # how much of a comment's beginning an echo may repeat
SHORT_ECHO = 12  # an unfinished line up to this long may quote a comment's first words


def normalise(text: str) -> str:
    """Lower-case words without punctuation or apostrophes, joined by single spaces."""
    lower = text.lower()
    if not lower.isascii():  # most often for its no-break spaces alone: _FOLD's spaces
        spaced = lower.replace("\u00a0", " ")
        if not spaced.isascii():
            return " ".join(lower.translate(_FOLD).split())
        lower = spaced
    # The same on ASCII text, done on bytes and without splitting: faster.
    return _single_spaced(lower.encode().translate(_ASCII_FOLD, b"'").decode())


def _single_spaced(text: str) -> str:
    """ " ".join(text.split()) for text whose only white space is the space."""
    text = text.strip(" ")
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def has_sentence_end(text: str) -> bool:
    """Whether a sentence ends inside the text (_ANY_END: an end, closers, white space)."""
    inside = text.rstrip(_ENDS + _CLOSES)  # the end of the text is no end inside it
    if "." not in inside and "!" not in inside and "?" not in inside and "…" not in inside:
        return False  # the cheap test first: the pattern tests every character
    return _ANY_END.search(text) is not None


def split_sentences(text: str) -> list[str]:
    if not has_sentence_end(text):  # most lines hold one sentence
        return [text]
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


def first_words(text: str, n: int) -> str:
    """The first n words of normalised text (all of it when shorter)."""
    words = text.split(" ", n)  # the last is the rest of the text, when there is more
    return text if len(words) <= n else text[: -len(words[n]) - 1]


def quoted_spans(text: str) -> list[str]:
    """Text a comment puts in quotation marks: “…” or "…"."""
    return [m.group(1) for m in _QUOTED.finditer(text)]


def is_unfinished(text: str) -> bool:
    """A line cut off mid-sentence ("I worry"): how a reply quotes a few words."""
    return text[-1:] not in _FINISHED  # the empty text is not: "" is in every string


@dataclass(slots=True)
class TextLine:
    """One text block of a comment, normalised whole and sentence by sentence."""

    block: Block
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
    def sentences(self) -> tuple[str, ...]:
        """Its sentences, normalised."""
        return (self.norm,) if self.parts is None else self.parts[0]

    @property
    def raw(self) -> tuple[str, ...]:
        """Its sentences as written."""
        return (self.block.text,) if self.parts is None else self.parts[1]

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
    for block in comment.blocks:
        if block.kind is not _PARAGRAPH and block.kind is not _QUOTE:
            continue
        text = block.text
        if not has_sentence_end(text):  # most lines hold one sentence: _text_line inlined
            norm = normalise(text)
            if not norm:
                continue
            words = norm.count(" ") + 1
            start = norm if words <= START_WORDS else first_words(norm, START_WORDS)
            line = TextLine(block, norm, start, words, comment.number)
        elif (found := _text_line(block, comment.number)) is not None:
            line, words = found, found.words
        else:
            continue
        if not lines and comment.mentions and text[:1] == "@":
            line = _bare(line, sum(len(normalise(m).split()) for m in comment.mentions))
        if '"' in text or "“" in text:  # what a quoted span needs
            line.alone = True
        elif words <= SHORT_ECHO and text[-1] not in _FINISHED:
            if lines:
                line.alone = True
            else:
                short = line
        lines.append(line)
    if short is not None and len(lines) > 1:
        short.alone = True
    return lines


def _text_line(block: Block, number: int) -> TextLine | None:
    """The normalised sentences of a block of more than one; None when it has no words."""
    text = block.text
    pairs = [(n, p) for p in split_sentences(text) if (n := normalise(p))]
    if not pairs:
        return None
    sentences = tuple([n for n, _ in pairs])
    raw = tuple([p for _, p in pairs])
    norm = " ".join(sentences)
    starts = tuple([first_words(n, START_WORDS) for n in sentences])
    parts = None if raw == (text,) else (sentences, raw, starts)
    return TextLine(block, norm, starts[0], norm.count(" ") + 1, number, parts)


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
    return TextLine(line.block, norm, starts[0], words, line.number, parts, bare=True)


def opening(comment: Comment, lines: list[TextLine]) -> str:
    """The first words of a comment's own text, across its lines, mentions left out."""
    strips_mentions = _strips_mentions(comment, lines)
    if not strips_mentions:  # all of it when short enough: the loop's result
        if len(lines) == 1 and lines[0].words <= OPENING_WORDS:  # most comments
            return lines[0].norm
        if sum([line.words for line in lines]) <= OPENING_WORDS:
            return " ".join([line.norm for line in lines])
    parts: list[str] = []  # whole runs of words, joined once at the end
    count = 0
    for k, line in enumerate(lines):
        text, words = line.norm, line.words
        if words > OPENING_WORDS:
            text, words = first_words(text, OPENING_WORDS), OPENING_WORDS
        if k == 0 and strips_mentions:  # of the first line's first words, the mentions go
            skip = sum(len(normalise(m).split()) for m in comment.mentions)
            text, words = _without_first_words(text, words, skip)
        if count + words > OPENING_WORDS:  # the line that reaches the limit: its first words
            text, words = first_words(text, OPENING_WORDS - count), OPENING_WORDS - count
        if words:
            parts.append(text)
            count += words
        if count >= OPENING_WORDS:
            break
    return " ".join(parts)


class Opening:
    """A comment's opening (``opening``): its first START_WORDS words, which index it,
    worked out at once; the rest of it only when an echo is weighed against it."""

    __slots__ = ("_comment", "_lines", "_text", "start")

    def __init__(self, comment: Comment, lines: list[TextLine]) -> None:
        self._comment, self._lines = comment, lines
        self._text: str | None = None
        first = lines[0] if lines else None
        if (
            first is not None
            and first.words >= START_WORDS
            and not _strips_mentions(comment, lines)
        ):
            start = first.start  # the first words of the first sentence: of all, when four
            self.start = (
                start
                if start.count(" ") == START_WORDS - 1
                else first_words(first.norm, START_WORDS)
            )
        else:
            self.start = first_words(self.text, START_WORDS)

    @property
    def number(self) -> int:
        """Its comment's."""
        return self._comment.number

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = opening(self._comment, self._lines)
        return self._text


def _strips_mentions(comment: Comment, lines: list[TextLine]) -> bool:
    """Whether the comment's opening leaves out the @mentions its first line opens with."""
    return (
        bool(comment.mentions)
        and bool(lines)
        and lines[0].block.text[:1] == "@"
        and not lines[0].bare
    )


def _without_first_words(text: str, words: int, skip: int) -> tuple[str, int]:
    """Normalised text of this many words less its first ``skip`` words, and its count."""
    if skip >= words:
        return "", 0
    return text.split(" ", skip)[skip], words - skip
