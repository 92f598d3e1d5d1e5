"""A line's own shape as a headline: a few words, no sentence end, not a byline, a
date or a caption; the text of lines reduced for comparing them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.ingest.chrome import is_chrome
from reader.ingest.lines import (
    SHARED_UNDER,
    cache_text,
    is_caption,
    is_copyright,
    is_label,
    is_meta,
    is_titleish,
    word_count,
)

SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")
URL = re.compile(r"https?://|www\.|\S+\.(?:com|org|net|php|html?)\b")
# "By Staff Reporter", "By OUR CORRESPONDENT": a byline that names no one, never a headline
UNNAMED_BYLINE = re.compile(r"By\s+(?:[A-Z][\w.'’-]*\s*){1,3}(?:,\s*[A-Z][\w.'’ -]{1,40})?")
# A sentence quoted whole: its full stop inside the closing quote ("‘We will stay.’")
_QUOTED_SENTENCE = re.compile(r"(?<!\.)\.[’'\"”]+$")


def comparable(text: str) -> str:
    """Text reduced for comparing lines: words only, lower case."""
    return re.sub(r"\W+", " ", text).strip().lower()


def keys(texts: Iterable[str]) -> list[str]:
    """The texts made comparable; a short text that comes again (a one-word line) gives
    the same key each time: a page's many copies of it cost the memory of one."""
    shared: dict[str, str] = {}
    made = []
    for text in texts:
        if len(text) >= SHARED_UNDER:
            made.append(comparable(text))
        elif (key := shared.get(text)) is not None:
            made.append(key)
        else:
            made.append(shared.setdefault(text, comparable(text)))
    return made


def may_be_headline_shaped(text: str) -> bool:
    """headline_shaped's cheap tests, its length and its last character: False rules a
    line out at once (a stack of lines is asked this of all its lines first)."""
    return (len(text) >= 20 or not text.isascii()) and not text.endswith((":", ";", ","))


@cache_text
def headline_shaped(text: str) -> bool:
    """Could be a headline: four words or more, no sentence end, not a byline or a date."""
    return (  # the cheap tests first
        may_be_headline_shaped(text)
        and is_titleish(text)
        and word_count(text) >= 4
        and _QUOTED_SENTENCE.search(text) is None
        and not (is_label(text) or is_chrome(text) or is_meta(text) or is_copyright(text))
    )


def minor(text: str) -> bool:
    """Lines a reader's eye skips between headline and byline: buttons, captions, kickers."""
    return is_chrome(text) or is_caption(text) or is_label(text) or word_count(text) <= 3


def titled(text: str) -> bool:
    """Does the line end with a " | Site" suffix (the page's title, over its headline)?"""
    return SITE_SUFFIX.search(text) is not None


_OPENING_QUOTES = "\"“‘'"
_CLOSING_QUOTES = "\"”’'"


def quoted_whole(text: str) -> bool:
    """Is the line someone's words quoted whole ("“Nobody asked us”", "‘We stay.’")? A
    section's label never quotes."""
    text = text.strip()
    return len(text) > 2 and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES
