"""The one a sentence puts a question to, as the speaker of the quote with no cue that
follows it: the answer is theirs, not the asker's ("Host Ann Lee asked the roads chief,
Bo Park, whether … ¶ “It is in next year’s programme.”"; "Park was asked how … “…”").
A question put to someone is told by its verb ("asked", "pressed", "questioned") and by
what follows the one asked: a question word or what it is about ("whether", "how",
"about", "on"); "asked Park for a standpipe" or "to leave" is a request, and the one
who asked goes on. The words quoted inside a question are the asker's, named after "by"
in the passive ("Park was asked by Councillor Ann Lee whether the depot would “cost
more”", ``asker``). Works on quote-masked text."""

from __future__ import annotations

import re

from reader.analysis.quotes.cue_words import Cue
from reader.analysis.quotes.names import looks_like_name
from reader.analysis.quotes.subjects import NAME, Subject

_ASKING = r"(?:asked|asks|pressed|presses|questioned|questions|quizzed)"
_ABOUT = r"(?:whether|if|how|why|what|when|where|who|which|about|on|over)\b"
# "asked [the county roads chief,] Bo Park[,] whether": the one asked, named.
_ASKED = re.compile(
    rf"\b{_ASKING}\s+(?!by\b)(?:(?:the|a|an|his|her|their|its|[a-z][\w\-’']*)\s+){{0,5}}?"
    rf"(?:[a-z][\w\-’']*,\s+)?({NAME}),?\s+{_ABOUT}"
)
# "Bo Park was asked whether", "Park, the new manager, was pressed on": the one asked.
_WAS_ASKED = re.compile(
    rf"({NAME})(?:,[^,_]{{3,80}},)?\s+(?:was|were|is|has been)\s+(?:[a-z]+ly\s+)?{_ASKING}"
    rf"(?:\s+by\s[^,_]{{3,60}}?)?\s+{_ABOUT}"
)


def asked(masked: str, start: int, end: int) -> Cue | None:
    """The named person the sentence ``masked[start:end]`` puts a question to, if any (the
    last one, the question nearest the answer)."""
    found = None
    for pattern in (_ASKED, _WAS_ASKED):
        for m in pattern.finditer(masked, start, end):
            if "_" in m.group() or not looks_like_name(m.group(1), True):
                continue  # a quote in between: its own words
            if found is None or m.start(1) > found.start:
                found = Subject(m.group(1), m.start(1))
    return Cue(found, "answered", False, end) if found else None


# "was asked by [Councillor | the Radio Vale host] Ann Lee whether": the one who asks,
# named in the passive (the name the question follows, not a body before a role).
_ASKED_BY = re.compile(
    rf"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?{_ASKING}\s+by\s+"
    rf"(?:[\w\-’']+,?\s+){{0,5}}?({NAME}),?\s+{_ABOUT}"
)


ASKED_BY = "asked by"  # the verb of the asker's cue


def asker(masked: str, start: int, opening: int) -> Cue | None:
    """The one named as asking in the passive, between ``start`` and a quote at
    ``opening`` ("was pressed by the host Ann Lee on whether …, “…”")."""
    found = list(_ASKED_BY.finditer(masked, start, opening))
    m = found[-1] if found else None
    if m is None or "_" in masked[m.end() : opening] or not looks_like_name(m.group(1), True):
        return None
    return Cue(Subject(m.group(1), m.start(1)), ASKED_BY, False, m.end())
