"""Input lines, and the features the parsers read off a single line (the tests of a
line's kind live in line_kinds.py and captions.py; they are named here too)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import attrgetter
from typing import NamedTuple

from reader.ingest.bylines import byline_names, is_byline
from reader.ingest.captions import is_caption, is_credit_line
from reader.ingest.line_kinds import (
    is_copyright,
    is_label,
    is_meta,
    is_prose,
    is_titleish,
)
from reader.ingest.name_lists import author_name, name_list
from reader.ingest.text_cache import cache_text, forget_lines
from reader.ingest.text_shape import ends_sentence, word_count, words
from reader.model.tables import CELL_GAP, MIN_ROWS

__all__ = [  # the line-kind, name, byline and text-shape tests and the caches: their own modules
    "author_name",
    "byline_names",
    "cache_text",
    "ends_sentence",
    "forget_lines",
    "is_byline",
    "is_caption",
    "is_copyright",
    "is_credit_line",
    "is_label",
    "is_meta",
    "is_prose",
    "is_titleish",
    "name_list",
    "word_count",
    "words",
]


class Line(NamedTuple):
    """Immutable, and a tuple: a page has tens of thousands, built several times
    faster than a frozen dataclass."""

    number: int  # 1-based line number in the input
    text: str  # stripped of surrounding white space
    indent: int  # leading spaces in the input


GONE = Line(0, "", 0)  # in a list, the place of a line let go: its block is made

SHARED_UNDER = 32  # characters: a line shorter than this is kept once however often it comes


def to_lines(text: str) -> list[Line]:
    """The non-blank lines of a text, with their numbers and indentation. A short line
    ("Reply", a name, a date, a word) that comes again is the same string each time: a
    page's many copies of it cost the memory of one."""
    shared: dict[str, str] = {}
    keep = shared.setdefault
    return [
        new_line(
            Line,
            (
                number,
                keep(stripped, stripped) if len(stripped) < SHARED_UNDER else stripped,
                len(raw) - len(raw.lstrip(" ")),
            ),
        )
        for number, raw in enumerate(_split(text), start=1)
        if (stripped := raw.strip())
    ]


SPLIT_CHUNK = 1 << 20  # characters split at a time


def _split(text: str) -> Iterator[str]:
    """text.split("\n"), a megabyte at a time: the whole page's lines as strings at once
    were three times the page (a string of a line, and a list, for each line: blank ones,
    repeated ones). The last line, blank after a final line end, may be left out."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + SPLIT_CHUNK)
        if end == -1:
            end = len(text)
        yield from text[start:end].split("\n")
        start = end + 1


line_text: Callable[[Line], str] = attrgetter("text")  # for map(): passes with no list of texts

# Line(number, text, indent) without the Python-level __new__ a NamedTuple has: the
# same tuple, made faster (a big page has a hundred thousand lines).
new_line = tuple.__new__


TABLE_CELLS = 3  # cells of a table's row (two: a line and its source, "…   Wiki")


def is_table_row(text: str) -> bool:
    """A row of a table, as a copy gives it: three cells or more with tabs between."""
    return ("   " in text or "\t" in text) and len(CELL_GAP.findall(text)) >= TABLE_CELLS - 1


def table_run(lines: list[Line], i: int) -> int:
    """How many rows of a table stand one after the other from line i: 0 for fewer than
    a table has (MIN_ROWS; a row alone is a line of the page)."""
    end = i
    while end < len(lines) and is_table_row(lines[end].text):
        end += 1
    return end - i if end - i >= MIN_ROWS else 0
