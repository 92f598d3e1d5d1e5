"""The line that opens a page's comment section ("34 responses to “…”", "View comments
(27)", "Comments / Commentaires"): comments found above it are none of the section's."""

from __future__ import annotations

import re

_SECTION_HEADER = re.compile(
    r"^(?:\W*\d[\d,]*\s+(?:comments?|responses?|replies|thoughts|reactions)\b"
    r"|there (?:are|is) \d+ (?:comments?|responses?)|view (?:all )?comments\b|comments?\s*\(\d+\)"
    r"|(?:reader |user )?comments$|discussion$|join the (?:conversation|discussion)"
    r"|.{0,40}\b(?:comments?|responses?|thoughts?|repl(?:y|ies)) (?:on|to)"
    r" [“\"'‘][^“”\"]{1,150}[”\"'’]:?$)",
    re.IGNORECASE,
)


def _holds_section_word(lower: str) -> bool:
    """One of these words stands in every section header _SECTION_HEADER matches."""
    return (
        "comment" in lower
        or "response" in lower
        or "repl" in lower
        or "thought" in lower
        or "reaction" in lower
        or "discussion" in lower
        or "conversation" in lower
    )


def is_section_header(text: str) -> bool:
    """A line that opens a comment section ("34 responses to “…”", "View comments (27)"),
    in one language or two ("Comments / Commentaires"); "… reply to “…”" ends with the
    title it names (a sentence of the article goes on past it)."""
    if len(text) >= 200:
        return False
    if text.isascii() and not _holds_section_word(text.lower()):
        return False  # the cheap test first: the pattern is slow on every line
    if _SECTION_HEADER.match(text) is not None:
        return True
    first, mark, _ = text.partition(" / ")
    return bool(mark) and _SECTION_HEADER.match(first) is not None
