"""A paragraph that is all quote, with no cue, whose speaker the next paragraph names
while pointing back to it: "“…” ¶ That is how Ada Quill, who runs the clinic, puts it.",
"So says Ada Quill", "Those are the words of Ada Quill", "The words came from …"."""

from __future__ import annotations

from reader.analysis.quotes.cue_words import Cue
from reader.analysis.quotes.names import parse_mention
from reader.analysis.quotes.subjects import NAME, Subject
from reader.pattern_cache import Patterns

_COMPILED = Patterns(__spec__.cached)

# The words that open a sentence about the words just quoted.
_BACK = _COMPILED.compile(
    r"\s*(?:(?:That|This|Those|These|Such)\s+(?:is|was|are|were|words?)\b|So\s+says?\b"
    r"|The\s+words\b)"
)
_NAME = _COMPILED.compile(NAME)


def referred(masked: str, following: str, starts: list[int]) -> Cue | None:
    """The person the paragraph after (``following``, quotes masked, its sentences
    starting at ``starts``) a lone, uncued quote names first in its opening
    sentence, when that sentence points back to the quote."""
    if masked.strip(" _“”\"‘’'.,"):
        return None
    back = _BACK.match(following)
    if back is None:
        return None
    end = starts[1] if len(starts) > 1 else len(following)
    for name in _NAME.finditer(following, back.end(), end):
        mention = parse_mention(name.group())
        if mention is not None and mention.kind == "person":
            return Cue(Subject(name.group(), name.start()), "says", False, name.end())
    return None
