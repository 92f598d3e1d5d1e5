"""Whether a later cue of a quote may give its speaker when the quote's own cue is a
"he" or "she" that stands for no one named ("“…,” she told me"): that "she" is a woman
the article does not name, not the writer's "I" or "we" of another cue, nor a man
a cue of another paragraph names (in the quote's own, "Dana Holt said …: “…,” he
claimed" is the text telling Dana Holt's sex)."""

from __future__ import annotations

from reader.analysis.quotes.cue_words import Cue
from reader.analysis.quotes.speakers import Cast
from reader.lexicon import PRONOUNS


def unlike(cast: Cast, own: Cue, other: Cue, name: str, elsewhere: bool) -> bool:
    """``other``'s speaker ``name`` cannot be the one the quote's own cue ``own`` names
    (``elsewhere``: ``other`` is read in another paragraph)."""
    word = own.subject.phrase.lower()
    if word not in ("he", "she"):
        return False
    if other.subject.phrase.lower() in ("i", "we"):
        return True
    return elsewhere and cast.gender(name) not in (PRONOUNS[word], None)
