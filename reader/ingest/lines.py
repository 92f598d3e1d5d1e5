"""Input lines and the features the parsers read off a single line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from reader.ingest.bylines import byline_names, is_byline
from reader.ingest.dates import has_date, is_date_line
from reader.ingest.names import author_name, name_list
from reader.ingest.text_cache import cache_text, forget_lines
from reader.ingest.text_shape import ends_sentence, is_reported_speech, word_count, words
from reader.model.tables import CELL_GAP, MIN_ROWS

__all__ = [  # the name, byline and text-shape tests and the caches live in their own modules
    "author_name",
    "byline_names",
    "cache_text",
    "ends_sentence",
    "forget_lines",
    "is_byline",
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


# Line(number, text, indent) without the Python-level __new__ a NamedTuple has: the
# same tuple, made faster (a big page has a hundred thousand lines).
new_line = tuple.__new__


_CREDIT_WORDS = (
    r"(?:Photo|Photograph|Image|Illustration|Video|Credit|Getty|Images|AP|AFP|Reuters|EPA|Pool"
    r"|Press|Service|Shutterstock|via|Staff|File|Courtesy|Handout)"
)
# A credit in brackets, "(… via AP)", "(A / B)"; a "Name/Agency" credit standing alone.
_BRACKETED_CREDIT = rf"\((?=[^()]*(?:\b{_CREDIT_WORDS}\b|\w ?/ ?\w))[^()]{{2,120}}\)"
# Capitalised words, as names and agencies are written (also under IGNORECASE)
_CAPITALISED = r"(?-i:[A-Z][\w.'’&-]*|de|van|von|der|da|via|and|&)"
_NAMES = rf"{_CAPITALISED}(?:[ -]{_CAPITALISED}){{0,4}}"  # a name, an agency: five words at most
_SLASHED_CREDIT = rf"{_NAMES}\s?/\s?{_NAMES}"
_CAPTION_END = re.compile(
    rf"{_BRACKETED_CREDIT}\s*$"
    rf"|\|\s*[^|]{{2,80}}(?:(?<!\d)/|/(?!\d)|\b{_CREDIT_WORDS}\b)[^|]*$"  # | Name/Getty Images
    r"|(?-i:Credits?|CREDITS?)(?:\b|(?=[A-Z]))\s*[:.…]?\s*\S.{0,80}$"  # Credit: Name, CreditName
    r"|\bcredits?\s*:\s*\S.{0,80}$"  # photo credit: Name (not "to get credit,” she said")
    rf"|^\(?{_SLASHED_CREDIT}\)?$"  # Name/Agency alone
    r"|(?:Photo|Photograph|Image)(?:\s+by|:)\s*\S.{0,80}$"
    r"|\bSources?:\s*\S.{0,80}$",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"^(?:FILE\s*[-–—]|In this (?:\w+ )?(?:photo|image|file|handout|picture|video|still)\b"
    r"|(?:Photo|Image|Picture|Caption)\s*:)",
    re.IGNORECASE,
)
_TODAY = re.compile(r"\b(?:today|yesterday)\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright\b)", re.IGNORECASE)
_COPYRIGHT_STARTS = ("©", "(", "c", "C")  # what _COPYRIGHT's text starts with
# What _CAPTION_END needs in a text (an ASCII one: case folds simply), and what
# _CAPTION_START needs at its start.
_CAPTION_MARKS = ("(", "|", "/", "credit", "photo", "image", "source")
_CAPTION_OPENINGS = ("file", "in this", "photo", "image", "picture", "caption")


_CAPTION_MARK = re.compile("|".join(map(re.escape, _CAPTION_MARKS)))  # one scan for them all


def _may_caption(tail: str, start: str) -> bool:
    return _CAPTION_MARK.search(tail) is not None or start.startswith(_CAPTION_OPENINGS)


_CUT_SHORT = re.compile(r"\[(?:…|\.\.\.)\]$")  # "… the players […]": an excerpt, a teaser's
_SENTENCE_GAP = re.compile(r"\w[.!?][\"”’)]*\s+[\"“‘(]?[A-Z]")  # "… fans. She …"
_SIGN_OFF = re.compile(r"\w[.!?][\"”’)]*\s+(?P<tail>[^.!?…]{1,60})$")  # "…  Twitter: @ann"
_HANDLE = re.compile(r"https?://|www\.|\w:\s")  # a link, "Twitter: @ann" (a bare "@ann": a bio's)
PROSE_WORDS = 6  # words of a sentence that is prose whatever it says
LONG_PARAGRAPH = 20  # words of a line of sentences that may end with no full stop
SIGN_OFF_WORDS = 6


def _signed_off(text: str) -> bool:
    """A long line of sentences that ends with a few words past its last full stop that
    sign it off (a link, "Twitter: @ann"), not an excerpt cut short."""
    if word_count(text) < LONG_PARAGRAPH or len(_SENTENCE_GAP.findall(text)) < 2:
        return False
    end = _SIGN_OFF.search(text)
    if end is None:
        return False
    tail = end.group("tail")
    return len(tail.split()) <= SIGN_OFF_WORDS and _HANDLE.search(tail) is not None


@cache_text
def is_prose(text: str) -> bool:
    """A line of running text: a sentence or more (not an excerpt cut short), or a short
    one that quotes someone ("“No,” she said."); a long line of sentences may end with a
    handle or a link ("… for years.  Twitter: @ann")."""
    return (
        (
            is_reported_speech(text)
            if word_count(text) < PROSE_WORDS
            else ends_sentence(text) or _signed_off(text)
        )
        and _CUT_SHORT.search(text) is None
        and not is_caption(text)
        and not is_copyright(text)
    )


_CREDIT_ALONE = re.compile(f"{_BRACKETED_CREDIT}|{_SLASHED_CREDIT}")


def is_credit_line(text: str) -> bool:
    """A photo credit on its own line, under the caption it belongs to."""
    return _CREDIT_ALONE.fullmatch(text.strip()) is not None


@cache_text
def is_caption(text: str) -> bool:
    """A photo or video caption: it names its credit, or opens like one."""
    if word_count(text) < 3:
        return False
    tail = text[-200:]
    if tail.isascii() and text[:20].isascii() and not _may_caption(tail.lower(), text[:20].lower()):
        return False  # the cheap test first: most lines hold nothing either pattern needs
    if _CAPTION_END.search(tail) is None and _CAPTION_START.match(text) is None:
        return False
    return not is_byline(text)  # "By Ann Lee | 12/10/2020" is no credit


@cache_text
def is_meta(text: str) -> bool:
    """A byline or a date line, or a short line that holds a date ("CBS News May 2, 2020")."""
    if is_caption(text):
        return False
    if is_byline(text) or is_date_line(text):
        return True
    return (  # a date other than "today": "… to begin today" is a headline
        word_count(text) <= 12 and not ends_sentence(text) and has_date(_TODAY.sub("", text))
    )


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


def is_copyright(text: str) -> bool:
    if text.lstrip()[:1] not in _COPYRIGHT_STARTS:
        return False  # the cheap test first: it is asked of every line past a body
    return _COPYRIGHT.match(text.strip()) is not None and word_count(text) <= 14


def is_label(text: str) -> bool:
    """A section label or kicker: one to four words, in capitals, no sentence."""
    if len(text) > 60:
        return False
    if text.upper() != text:
        return False  # the cheap test first
    return 1 <= len(words(text)) <= 4 and any(c.isalpha() for c in text)


@cache_text
def is_titleish(text: str) -> bool:
    """Headline-shaped: a few words, no full stop at the end, not a date or a byline."""
    n = word_count(text)
    if not 3 <= n <= 30 or len(text) > 200:
        return False
    if text.endswith(".") and not text.endswith("..."):
        return False
    return not (is_date_line(text) or is_byline(text) or is_caption(text))
