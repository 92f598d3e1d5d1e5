"""Who "I" is in an opinion piece with no byline: the writer whose name signs its
headline ("Nora Bell: The council has failed us"), else the one its closing note
describes ("Nora Bell is a retired nurse in Hale."). A headline that quotes after the
colon ("Ada Vale: ‘We will win’") gives what she said, not who wrote the piece."""

from __future__ import annotations

import re

from reader.analysis.quotes.names import parse_mention
from reader.analysis.quotes.person_names import gender_of_first

_SIGNED = re.compile(r"\s*([A-Z][^\s:]*(?:\s+[A-Z][^\s:]*){1,3})\s*:\s+(\S.*)")
_MARKS = re.compile(r"[\"“”‘’'«»„]")
# A writer's note closing the piece: a name, perhaps an aside, then what they are or do
# ("Nora Bell is a retired nurse …", "Nora Bell, a nurse, lives in Hale.").
_NOTE = re.compile(
    r"\s*([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3})(?:,[^,“”\"]{1,80},)?"
    r"\s+(?:is|was|has|lives|teaches|writes|works)\s+[^“”\"]{3,300}$"
)
_FIRST_PERSON = re.compile(r"\bI\b")
_NOTE_LINES = 2  # how many of the last paragraphs may hold the note


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


def closing_note(paragraphs: list[str]) -> str | None:
    """In a piece whose narration says "I" (quotes masked), the full name a short note
    among the last paragraphs describes, a sentence or two with no quote in it ("Nora
    Bell is a retired nurse and a member of …"; a news story's "Ann Lee is survived by
    …" is no writer's note: its narration says no "I")."""
    for text in reversed(paragraphs[-_NOTE_LINES:]):
        m = _NOTE.match(text)
        mention = parse_mention(m.group(1)) if m and text.count(". ") < 2 else None
        if mention and mention.kind == "person" and " " in mention.name:
            # the cheap note match first; the narration's "I" is sought only then
            said_i = any(_FIRST_PERSON.search(text) for text in paragraphs)
            return mention.name if said_i else None
    return None


def writers(title: str | None, paragraphs: list[str]) -> list[str]:
    """Who "I" is with no byline: the headline's signer, else the closing note's."""
    return list(filter(None, [headline_signer(title) or closing_note(paragraphs)]))
