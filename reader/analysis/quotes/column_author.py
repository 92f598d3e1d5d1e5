"""Who "I" is in an opinion piece with no byline: the writer whose name signs its
headline ("Nora Bell: The council has failed us"). A headline that quotes after the
colon ("Ada Vale: ‘We will win’") gives what she said, not who wrote the piece."""

from __future__ import annotations

import re

from reader.analysis.quotes.names import parse_mention
from reader.analysis.quotes.person_names import gender_of_first

_SIGNED = re.compile(r"\s*([A-Z][^\s:]*(?:\s+[A-Z][^\s:]*){1,3})\s*:\s+(\S.*)")
_MARKS = re.compile(r"[\"“”‘’'«»„]")


def headline_signer(title: str | None) -> str | None:
    """The full name, with a first name the lists know, before a headline's colon, when no
    quote follows it ("Live Updates: …" is no one)."""
    m = _SIGNED.match(title or "")
    if m is None or _MARKS.search(m.group(2).replace("’s", "").replace("'s", "")):
        return None
    mention = parse_mention(m.group(1))
    if mention is None or mention.kind != "person" or " " not in mention.name:
        return None
    if gender_of_first(mention.name.split()[0], guess=False) is None:
        return None
    return mention.name
