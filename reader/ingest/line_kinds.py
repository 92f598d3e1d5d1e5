"""What a single line is by its text: prose, a byline or date line, the copyright
line, a label or kicker, a line shaped as a title."""

from __future__ import annotations

import re

from reader.ingest.bylines import is_byline
from reader.ingest.captions import is_caption
from reader.ingest.dates import has_date, is_date_line
from reader.ingest.text_cache import cache_text
from reader.ingest.text_shape import ends_sentence, is_reported_speech, word_count, words

_TODAY = re.compile(r"\b(?:today|yesterday)\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright\b)", re.IGNORECASE)
_COPYRIGHT_STARTS = ("©", "(", "c", "C")  # what _COPYRIGHT's text starts with
_CUT_SHORT = re.compile(r"\[(?:…|\.\.\.)\]$")  # "… the players […]": an excerpt, a teaser's
_SENTENCE_GAP = re.compile(r"\w[.!?][\"”’)]*\s+[\"“‘(]?[A-Z]")  # "… fans. She …"
_SIGN_OFF = re.compile(r"\w[.!?][\"”’)]*\s+(?P<tail>[^.!?…]{1,60})$")  # "…  Twitter: @ann"
_HANDLE = re.compile(r"https?://|www\.|\w:\s")  # a link, "Twitter: @ann" (a bare "@ann": a bio's)
PROSE_WORDS = 6  # words of a sentence that is prose whatever it says
LONG_PARAGRAPH = 20  # words of a line of sentences that may end with no full stop
SIGN_OFF_WORDS = 6
LABEL_WORDS = 4  # a section label or kicker has one to four words; a longer line is none


def _signed_off(text: str, words: int) -> bool:
    """A long line of sentences (``words``: its word_count) that ends with a few words
    past its last full stop that sign it off (a link, "Twitter: @ann"), not an excerpt
    cut short."""
    if words < LONG_PARAGRAPH or len(_SENTENCE_GAP.findall(text)) < 2:
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
    words = word_count(text)
    return (
        (
            is_reported_speech(text)
            if words < PROSE_WORDS
            else ends_sentence(text) or _signed_off(text, words)
        )
        and (text.rstrip("\n")[-1:] != "]" or _CUT_SHORT.search(text) is None)  # cheap first
        and not is_caption(text)
        and not is_copyright(text)
    )


@cache_text
def is_meta(text: str) -> bool:
    """A byline or a date line, or a short line that holds a date ("CBS News May 2,
    2020"). A month and day without their year ("Tue 9 Apr") is none alone: a site's
    bar prints today's so over its masthead; under a byline it is the header's
    (body_edges.past_byline, article_header)."""
    if is_caption(text):
        return False
    if is_byline(text) or is_date_line(text):
        return True
    return (  # a date other than "today": "… to begin today" is a headline
        word_count(text) <= 12 and not ends_sentence(text) and has_date(_TODAY.sub("", text))
    )


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
    return 1 <= len(words(text)) <= LABEL_WORDS and any(c.isalpha() for c in text)


@cache_text
def is_titleish(text: str) -> bool:
    """Headline-shaped: a few words, no full stop at the end, not a date or a byline."""
    n = word_count(text)
    if not 3 <= n <= 30 or len(text) > 200:
        return False
    if text.endswith(".") and not text.endswith("..."):
        return False
    return not (is_date_line(text) or is_byline(text) or is_caption(text))
