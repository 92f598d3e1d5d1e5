"""The shapes of comment records, read off the page's line letters.

A comment list is a run of records that repeat one shape: a header (H, S with its
date, D with the name lines above it or an "Ann wrote:" under it) or a footer (A
lines, then dates) around the text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from reader.ingest.comment_line_kinds import SHARE, positions


@dataclass(slots=True)
class Layout:
    """The shape of the page's records: its core letter, the name lines above it, and
    whether the core is a footer (the date under "Reply") rather than a header."""

    core: str
    names: int
    footer: bool
    signed_under: bool = False  # a date core over "Ann wrote:"


def anchors(letters: str, core: str) -> list[int]:
    """Where a record's core stands: a core letter over the comment's text (an S line
    over its date, then the text). Where cores stand so, a core over a short line the
    page repeats, then text, is one too: a line some records' headers add (">>12", what
    a reply answers; a badge), not the actions that close a record over the next text."""
    found, through = [], []
    size = len(letters)
    for i in positions(letters, core):
        if core == "D" and i > 0 and letters[i - 1] in "DS":
            continue  # the time under a date, the date under "Ann says:"
        j = i + 1
        if core == "S":
            if j >= size or letters[j] != "D":
                continue
            j += 1
        while j < size and letters[j] == "D":
            j += 1
        if j < size and letters[j] in "TNS":
            found.append(i)
        elif j + 1 < size and letters[j] == "A" and letters[j + 1] == "T" and core == "H":
            through.append(i)
    if len(found) < 2 or not through:
        return found
    return sorted(found + through)


def footers(letters: str) -> list[int]:
    """Footer cores: the dates under a comment's text, with the action lines between
    ("reply"). The list runs from the first footer with action lines to the last one,
    and most of the footers between must have them."""
    found = []
    led = []
    for i in positions(letters, "D"):
        if i == 0 or letters[i - 1] == "D":
            continue
        j = i
        while j > 0 and letters[j - 1] == "A":
            j -= 1
        if j > 0 and letters[j - 1] in "TN":  # the actions over the date or under it
            found.append(j)
            led.append(j < i or letters[i + 1 : i + 2] == "A")
    if True not in led:
        return []
    first, last = led.index(True), len(led) - 1 - led[::-1].index(True)
    if sum(led) < SHARE * (last - first + 1):
        return []
    return found[first : last + 1]


def names_above(letters: str, cores: list[int]) -> int:
    """How many name lines the records carry right above their core (0, 1 or 2): one
    when most do, two when most of those carry two (a name, then a place). A name over
    a badge the page repeats ("Subscriber", an action line) is one."""

    def above(i: int) -> int:
        if letters[i - 2 : i] == "NA":
            return 1
        return sum(1 for _ in itertools.takewhile(lambda k: letters[k] == "N", (i - 1, i - 2)))

    counts = [above(i) for i in cores if i >= 2]
    named = [c for c in counts if c]
    if len(named) < SHARE * len(counts):
        return 0
    return 2 if sum(1 for c in named if c == 2) >= SHARE * len(named) else 1
