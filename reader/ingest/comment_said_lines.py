"""Header lines that end with a verb and dots instead of a colon ("Ann Lee said...",
"bo_sand wrote…"): a said line (letter S) where the page repeats its verb over two
records or more, whatever the verb; a line of a comment's own that trails off ("Not
sure about that...") ends with a word no other line repeats there."""

from __future__ import annotations

from collections import Counter

from reader.ingest.chrome import is_chrome
from reader.ingest.lines import word_count

DOTS = ("...", "…")  # how a said line may end instead of a colon
SAID_WORDS = 6  # a said line is at most this many words, as a colon's is


def said_dots(known: dict[str, str]) -> None:
    """Text lines (``known``: each distinct text's letter) of a few words ending with
    dots whose last word two distinct lines or more end with: said lines."""
    verbs: dict[str, str] = {}
    for text, letter in known.items():
        if letter == "T" and text[-1:] in ".…" and text.endswith(DOTS) and (verb := _verb(text)):
            verbs[text] = verb
    if not verbs:
        return  # most pages: no line ends so
    times = Counter(verbs.values())
    for text, verb in verbs.items():
        if times[verb] >= 2:
            known[text] = "S"


def _verb(text: str) -> str | None:
    """The last word of a short line before its dots, in lower case, a word before it."""
    head = text.rstrip(".… ")
    words = head.split(" ")
    if not 2 <= len(words) <= SAID_WORDS or word_count(head) > SAID_WORDS or is_chrome(head):
        return None
    verb = words[-1]
    return verb if verb.isalpha() and verb.islower() and head[:1].isalnum() else None
