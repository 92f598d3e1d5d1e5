"""The first frame's text: a page's first lines under a headline guessed cheaply.

The app paints this while Textual starts, before any parser, word list or model class
is imported (they cost more than the rest of the first frame); the parse replaces it a
moment later. The headline is the first line shaped like one (4 to 25 words, no
sentence end, a capital, quote or digit first) that a paragraph or, just under it, a
date line follows; else the page's first line. What stands above it (a site's menus,
which the article hides as boilerplate) is left out of the glance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCAN = 400  # lines looked at for the headline
SCREEN = 6000  # characters of text under it: a first screen with room to spare
_WORDS = range(4, 26)  # a headline's words
_MAX_CHARS = 180
_NOT_END = (".", ":", ";", ",", "|")
_PARAGRAPH = 20  # words: a paragraph under the headline
_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")  # a year or a clock time


@dataclass(frozen=True, slots=True)
class Glance:
    title: str
    lines: tuple[str, ...]  # the non-blank lines under it, about a screen's worth


def glance(text: str) -> Glance:
    """The headline guessed and the lines under it, from the start of `text` (cleaned)."""
    lines = [line.strip() for line in text.split("\n", SCAN)[:SCAN]]
    lines = [line for line in lines if line]
    if not lines:
        return Glance("", ())
    start = next((i for i in range(len(lines)) if _headline(lines, i)), 0)
    under: list[str] = []
    budget = SCREEN
    for line in lines[start + 1 :]:
        if budget <= 0:
            break
        under.append(line)
        budget -= len(line) + 80
    return Glance(lines[start], tuple(under))


def _headline(lines: list[str], i: int) -> bool:
    line = lines[i]
    words = line.split()
    if len(words) not in _WORDS or len(line) > _MAX_CHARS or line.endswith(_NOT_END):
        return False
    if line.isupper() or not (line[0].isupper() or line[0].isdigit() or line[0] in "‘“\"'"):
        return False
    if len(words) < 8 and _DATE.search(line):  # a date line, not a headline
        return False
    after = lines[i + 1 : i + 6]
    if any(len(later.split()) >= _PARAGRAPH for later in after):
        return True
    return any(len(later.split()) < 12 and _DATE.search(later) for later in after[:3])
