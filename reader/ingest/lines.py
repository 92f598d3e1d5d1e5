"""Input lines and the features the parsers read off a single line."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from reader.ingest.dates import has_date, is_date_line


class Line(NamedTuple):
    """Immutable, and a tuple: a page has tens of thousands, built several times
    faster than a frozen dataclass."""

    number: int  # 1-based line number in the input
    text: str  # stripped of surrounding white space
    indent: int  # leading spaces in the input


def to_lines(text: str) -> list[Line]:
    """The non-blank lines of a text, with their numbers and indentation."""
    return [
        new_line(Line, (number, stripped, len(raw) - len(raw.lstrip(" "))))
        for number, raw in enumerate(text.split("\n"), start=1)
        if (stripped := raw.strip())
    ]


# Line(number, text, indent) without the Python-level __new__ a NamedTuple has: the
# same tuple, made faster (a big page has a hundred thousand lines).
new_line = tuple.__new__


_CACHED: list[Callable[..., object]] = []


def cache_text(function: Callable[[str], bool]) -> Callable[[str], bool]:
    """Remember a line predicate's answers: the parsers ask about one line many times.

    The caches are emptied for each page (``forget_lines``), so they hold one page.
    """
    cached = cache(function)
    _CACHED.append(cached)
    return cached


def forget_lines() -> None:
    for cached in _CACHED:
        cached.cache_clear()  # type: ignore[attr-defined]


_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*$|[\"”][.,]?$")
_CREDIT_WORDS = (
    r"(?:Photo|Photograph|Image|Illustration|Video|Credit|Getty|Images|AP|AFP|Reuters|EPA|Pool"
    r"|Press|Service|Shutterstock|via|Staff|File|Courtesy|Handout)"
)
# A credit in brackets, "(… via AP)", "(A / B)"; a "Name/Agency" credit standing alone.
_BRACKETED_CREDIT = rf"\((?=[^()]*(?:\b{_CREDIT_WORDS}\b|\w ?/ ?\w))[^()]{{2,120}}\)"
_SLASHED_CREDIT = r"[A-Z][\w.'’ -]{1,40}\s?/\s?[A-Z][\w.'’ &-]{1,60}"
_CAPTION_END = re.compile(
    rf"{_BRACKETED_CREDIT}\s*$"
    rf"|\|\s*[^|]{{2,80}}(?:/|\b{_CREDIT_WORDS}\b)[^|]*$"  # | Name/Getty Images
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
_NAME_TOKEN = r"[A-ZÀ-Þ][\w.'’À-ÿ-]*"
_BYLINE = re.compile(
    r"^(?:Posted by|Written by|Words by|By|BY|by)\s+"
    rf"(?P<names>{_NAME_TOKEN}(?:[\s,]+(?:and\s+|AND\s+|&\s+)?{_NAME_TOKEN}){{0,11}})"
    r"(?P<rest>.{0,60})$"
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright\b)", re.IGNORECASE)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Words, roughly: white-space separated tokens (fast; a dash counts as one)."""
    return len(text.split())


def ends_sentence(text: str) -> bool:
    return _TERMINAL.search(text) is not None


@cache_text
def is_prose(text: str) -> bool:
    """A line of running text: a sentence or more."""
    return (
        word_count(text) >= 6
        and ends_sentence(text)
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
    return _CAPTION_END.search(text[-200:]) is not None or _CAPTION_START.match(text) is not None


_BYLINE_TAIL = re.compile(
    r"\s+(?:on\s+)?(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
    r"|\s+(?:on\s+)?(?=\d{1,2}(?:\s+\w+\s+\d{4}|/\d))|\s+on\s|\s+Follow\s+@|,\s*(?=\d)"
)


_HANDLE_BYLINE = re.compile(r"^(?:[Pp]osted )?[Bb]y\s+([\w.-]{2,30})$")


def byline_names(text: str) -> list[str] | None:
    """The author names of a byline ("By A and B"), or None when it is not one."""
    whole = text.strip()
    text = _BYLINE_TAIL.split(whole, maxsplit=1)[0].strip()
    match = _BYLINE.match(text)
    if not match and text != whole:  # "by wren on May 2, 2026": a handle, then a date
        handle = _HANDLE_BYLINE.match(text)
        return [handle.group(1)] if handle else None
    if not match or word_count(text) > 16:
        return None
    result = []
    for name in re.split(r"\s*(,)\s*(?:and\s+)?|\s+(?:and|AND|&)\s+", match.group("names")):
        if name is None or name == ",":
            continue
        name = _split_glued_role(name.strip())
        if result and (_ROLE.search(name) or len(name.split()) < 2):
            break  # "…, Staff Reporter", "…, CNN": the rest is the author's role or outlet
        if not name:
            continue
        if name.isupper():
            name = " ".join(
                part.capitalize() if not part.isupper() or len(part) > 2 else part
                for part in name.split()
            )
            name = re.sub(r"(?<=-)(\w)", lambda m: m.group(1).upper(), name.title())
        result.append(name)
    return result or None


_GLUED_ROLE = re.compile(
    r"(?<=[a-z])(?:Staff|Senior|Chief|Contributing|Special|Associated|Political|National"
    r"|Correspondent|Reporter|Writer|Editor|Columnist)\b.*$"
)


_ROLE = re.compile(
    r"\b(?:Staff|Senior|Chief|Contributing|Special|Correspondent|Reporter|Writer|Editor"
    r"|Columnist|Technologist|Director|Fellow|Analyst|Producer|Project|Desk|Bureau|News"
    r"|Press|Times|Post|Journal|Institute|University)\b",
    re.IGNORECASE,
)


def _split_glued_role(name: str) -> str:
    return _GLUED_ROLE.sub("", name).strip()


_TRAILING_ROLE = re.compile(
    r"(?:[\s,]+(?:Staff|Senior|Special|Contributing|Political|National|Chief|Washington)?\s*"
    r"(?:Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Updated|Published))+$",
    re.IGNORECASE,
)


def author_name(name: str) -> str | None:
    """A person's name as a byline gives it, or None: "Evan Halper Staff Writer" is
    Evan Halper; "CNN", "The Russian", "defense ministries" are not people's names."""
    name = _TRAILING_ROLE.sub("", name.strip()).strip(" ,;")
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].lower() in ("the", "a", "an"):
        return None
    if not all(_NAME_WORD.match(t) for t in tokens) or _ROLE.search(name):
        return None
    return name


def is_byline(text: str) -> bool:
    return byline_names(text) is not None


_AGENCY_TAIL = re.compile(
    r"[\s,]+(?:The\s+)?(?:Associated Press|AP|Reuters|AFP|CNN|USA TODAY|Bloomberg|UPI|PTI|"
    r"Staff Writer|Staff|Correspondent)\s*$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’À-ÿ-]*|and|&|de|van|von|der|da|del|bin|al|la|le)$")


def name_list(text: str) -> list[str] | None:
    """Names alone on a line, a byline without "By" ("Ann Lee and Bo Park, AP")."""
    text = _AGENCY_TAIL.sub("", text.strip())
    if not text or ends_sentence(text) or len(text) > 100:
        return None
    parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", text) if p]
    if not parts or len(parts) > 5:
        return None
    for part in parts:
        tokens = part.split()
        if not 2 <= len(tokens) <= 4 or not all(_NAME_WORD.match(t) for t in tokens):
            return None
    return parts


@cache_text
def is_meta(text: str) -> bool:
    """A byline or a date line, or a short line that holds a date ("CBS News May 2, 2020")."""
    if is_caption(text):
        return False
    if is_byline(text) or is_date_line(text):
        return True
    return has_date(text) and word_count(text) <= 12 and not ends_sentence(text)


def is_copyright(text: str) -> bool:
    return _COPYRIGHT.match(text.strip()) is not None and word_count(text) <= 14


def is_label(text: str) -> bool:
    """A section label or kicker: one to four words, in capitals, no sentence."""
    if len(text) > 60:
        return False
    ws = words(text)
    return 1 <= len(ws) <= 4 and text.upper() == text and any(c.isalpha() for c in text)


@cache_text
def is_titleish(text: str) -> bool:
    """Headline-shaped: a few words, no full stop at the end, not a date or a byline."""
    n = word_count(text)
    if not 3 <= n <= 30 or len(text) > 200:
        return False
    if text.endswith(".") and not text.endswith("..."):
        return False
    return not (is_date_line(text) or is_byline(text) or is_caption(text))
