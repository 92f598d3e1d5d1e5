"""A copy whose prose was broken at a fixed width (a plain-text post, a mail, a page set
in a narrow preformatted column): its lines are joined back into the paragraphs they
were, so that each reads as prose and not as a run of short lines.

The width shows in the breaks: a copy wrapped at width W breaks a line when the next
word would not fit, so each broken line is at most W long and the next line's first
word would have taken it past W. A page is taken as wrapped when many lines break
before a word in lower case (a sentence going on) at nearly one width.
"""

from __future__ import annotations

from itertools import pairwise
from statistics import median

from reader.ingest.lines import Line, ends_sentence

WIDTHS = (40, 100)  # a wrapped copy's width, in characters: the narrowest and widest
MIN_BREAKS = 5  # breaks before a word in lower case at one width, at least, on a page
SPREAD = 15  # characters: the median broken line is this close to the width, at most
SLACK = 25  # characters: a broken line is at least the width less this (a long word)


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0]


def _width(lines: list[Line]) -> int | None:
    """The width the copy's prose was wrapped at, or None if it was not."""
    low, high = WIDTHS
    broken = [
        len(a.text)
        for a, b in pairwise(lines)
        if b.text[0].islower() and b.number == a.number + 1 and low <= len(a.text) <= high
    ]
    if len(broken) < MIN_BREAKS:
        return None
    width = max(broken)
    return width if median(broken) >= width - SPREAD else None


def _goes_on(above: Line, below: Line, width: int) -> bool:
    """Did the copy break this paragraph between these two lines? (Not after a sentence
    that ends before a line in capitals: a paragraph may end there, a dek over a byline;
    nor from or into a line a mail quotes, "> …": the quoted and the reply are two.)"""
    size = len(above.text)
    return (
        below.number == above.number + 1
        and not (above.text.startswith(">") or below.text.startswith(">"))
        and width - SLACK <= size <= width
        and size + 1 + len(_first_word(below.text)) > width
        and (below.text[0].islower() or not ends_sentence(above.text))
    )


def rewrap(lines: list[Line]) -> dict[int, tuple[int, ...]]:
    """Joins, in place, the lines a wrapped copy broke into one line a paragraph (its
    number the first line's); gives each joined line's numbers by its number."""
    width = _width(lines)
    if width is None:
        return {}
    joined: dict[int, tuple[int, ...]] = {}
    out: list[Line] = []
    run = [lines[0]] if lines else []
    for below in lines[1:]:
        if _goes_on(run[-1], below, width):
            run.append(below)
            continue
        out += _join(run, joined)
        run = [below]
    if run:
        out += _join(run, joined)
    lines[:] = out
    return joined


def _join(run: list[Line], joined: dict[int, tuple[int, ...]]) -> list[Line]:
    """The run as one line if it reads as a paragraph: a break before a word in lower
    case, or a sentence at its end (short titles one under another are no paragraph)."""
    if len(run) == 1 or not (
        ends_sentence(run[-1].text) or any(x.text[0].islower() for x in run[1:])
    ):
        return run
    first = run[0]
    joined[first.number] = tuple(line.number for line in run)
    return [Line(first.number, " ".join(line.text for line in run), first.indent)]
