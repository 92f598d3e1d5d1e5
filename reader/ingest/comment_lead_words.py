"""Words before every record's name are the layout's, not the name's: "Reviewed by Ann
Lee", "Reviewed by Bo Sand"; "Comment 3 by Ann Lee", "Comment 4 by Bo Sand" (a number
that differs from record to record is the layout's too: the record's own number, where
the words around it are the same on every record). The part of the name line that
stays the same, once digits are masked, is the template's; the part that varies is the
writer. The records that have a name are read, where they are most of the list: a
record whose header was not read (no name line, a name of signs) keeps no other writer's
name whole."""

from __future__ import annotations

import re

from reader.ingest.comment_line_kinds import SHARE
from reader.ingest.comment_spans import CommentSpan

NAMES = 3  # the words stand before this many different names at least


def strip_lead_words(spans: list[CommentSpan]) -> None:
    """Each record's author without the words every name carries before it, the last of
    them with no capital (a name's words have one). Read where most records (SHARE) have
    a name: a few named records in a list of unnamed ones may be lines the header reader
    took by chance, whose shared words are no layout's; and a record or two without a
    name (a header not read, a deleted writer's) does not keep the layout's words in the
    others' names."""
    named = [s.author for s in spans if s.author]
    names = set(named)
    if len(names) < NAMES or len(named) < SHARE * len(spans):
        return
    words = [n.split(" ") for n in names]
    lead = [masked_digits(w) for w in words[0][: min(map(len, words)) - 1]]  # a word of each left
    for other in words[1:]:
        while [masked_digits(w) for w in other[: len(lead)]] != lead:
            lead.pop()
    while lead and not _layout_word(lead[-1]):
        lead.pop()  # "Reviewed by Ann": the shared first name stays in the name
    if not lead:
        return
    for span in spans:
        if span.author:
            span.author = span.author.split(" ", len(lead))[-1]


_DIGITS = re.compile(r"\d+")


def masked_digits(text: str) -> str:
    """The text with each run of digits masked as one: "3" and "14" alike, "#9" and
    "#10" alike."""
    return _DIGITS.sub("0", text)


def _layout_word(word: str) -> bool:
    """A word with letters and no capital ("by", "from", "thread:"): the layout's link
    to the name after it."""
    return any(c.isalpha() for c in word) and not any(c.isupper() for c in word)
