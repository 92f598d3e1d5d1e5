"""A labelled list of points between the header and the body ("Key points" / "In brief"
over three or four one-sentence lines, then the first paragraph): the story told short,
as a standfirst is, no part of the body's prose. Read by its shape, not its label's
words: a short label line with no sentence, date or byline in it, three points or more,
each one short sentence, and a paragraph under them longer than any.
"""

from __future__ import annotations

from reader.ingest.lines import Line, ends_sentence, is_byline, is_meta, word_count

LABEL_WORDS = 4  # the label's words, at most
POINTS = 3  # points a list holds, at least
POINT_WORDS = 20  # a point's words, at most
_SENTENCE_ENDS = ".!?"


def _point(text: str) -> bool:
    """One short sentence (a bullet before it or not)."""
    inner = text.rstrip('"”’)')[:-1]
    return (
        word_count(text) <= POINT_WORDS
        and ends_sentence(text)
        and not any(c in _SENTENCE_ENDS for c in inner.replace("...", ""))  # one sentence
    )


def summary_points(lines: list[Line], i: int, header: bool = False) -> int:
    """The number of points in a labelled list whose label is line i, over a paragraph
    longer than any point (0 for no such list). In the ``header``'s lines, the list runs
    to their end: the body, cut off, starts under it."""
    label = lines[i].text if i < len(lines) else ""
    if not label or word_count(label) > LABEL_WORDS or label.rstrip(":")[-1:] in _SENTENCE_ENDS:
        return 0
    if is_meta(label) or is_byline(label):  # a date or a byline over the body's first lines
        return 0
    end = i + 1
    while end < len(lines) and _point(lines[end].text):
        end += 1
    points = lines[i + 1 : end]
    if len(points) < POINTS or (end >= len(lines)) != header:
        return 0
    if header:
        return len(points)
    longest = max(word_count(x.text) for x in points)
    return len(points) if word_count(lines[end].text) > longest * 2 else 0
