"""Header lines that end with a verb and dots instead of a colon ("Ann Lee said...",
"bo_sand wrote…"): a said line (letter S) where the page repeats its verb over two
records or more, whatever the verb, and no other last word as often; a line of a
comment's own that trails off ("Not sure about that...") ends with a word no other line
repeats there, or fewer lines than the page's verb ("Never thought of that...")."""

from __future__ import annotations

from collections import Counter

from reader.ingest.chrome import is_chrome
from reader.ingest.lines import word_count

DOTS = ("...", "…")  # how a said line may end instead of a colon
DOTTED = "s"  # line_letter's letter for a line that may be one, until the page tells
SAID_WORDS = 6  # a said line is at most this many words, as a colon's is


def may_say(text: str) -> bool:
    """Might the line, ending with dots, be a said line (the page tells, said_dots)?"""
    return _verb(text) is not None


def said_dots(known: dict[str, str]) -> None:
    """The lines that may be said lines (``known``: each distinct text's letter, DOTTED
    for them): said lines (S) where two distinct lines or more end with their verb,
    text (T) where none other does."""
    if DOTTED not in known.values():
        return  # most pages (a scan in C, not a loop over the page's texts)
    verbs = {text: _verb(text) for text, letter in known.items() if letter == DOTTED}
    times = Counter(verbs.values())
    most = max(times.values())
    for text, verb in verbs.items():
        known[text] = "S" if times[verb] == most >= 2 else "T"


def _verb(text: str) -> str | None:
    """The last word of a short line before its dots, in lower case, a word before it."""
    head = text.rstrip(".… ")
    words = head.split(" ")
    if not 2 <= len(words) <= SAID_WORDS or word_count(head) > SAID_WORDS or is_chrome(head):
        return None
    verb = words[-1]
    return verb if verb.isalpha() and verb.islower() and head[:1].isalnum() else None
