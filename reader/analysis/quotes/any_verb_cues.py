"""A quote that ends in a comma, a question or an exclamation mark is someone's words,
whatever the verb after it: "“…,” Toomey fumed", "“…?” Reyes wondered aloud", "“…,” mused
co-host Stu Burguiere"."""

from __future__ import annotations

import re

from reader.analysis.quotes import subjects_after
from reader.analysis.quotes.after_cues import LEAD
from reader.analysis.quotes.cue_words import Cue

# A verb in the past or the present: "fumed", "wonders", "went on", "shot back".
_ANY_VERB = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|[a-z]{2,}s|said|told|wrote|spoke|went|shot|broke|cut"
    r"|came|began)\b(?!\s+(?:of|that)\b)"
)


def any_verb_after(text: str, close: int, limit: int) -> Cue | None:
    """A quote that ends in a comma, a question or an exclamation mark is someone's words:
    "“…,” Toomey fumed", "“…?” Reyes wondered aloud", whatever the verb."""
    lead = LEAD.match(text, close, limit)
    pos = lead.end() if lead else close
    subject = subjects_after.name_or_pronoun_at(text, pos, limit)
    if subject is None:
        return _inverted_any(text, pos, limit)
    end = subject.start + len(subject.phrase)
    verb = _ANY_VERB.match(text, end, limit)
    return Cue(subject, verb.group().split()[-1], True, verb.end()) if verb else None


_INVERTED_ANY = re.compile(r"(?:[a-z]+ly\s+)?(?!(?:was|has|does)\b)([a-z]{2,}(?:ed|s))\b")


def _inverted_any(text: str, pos: int, limit: int) -> Cue | None:
    """ "“…,” mused co-host Stu Burguiere", "“…,” agrees Ann Lee, 30": any verb in the
    past or the present, then a name."""
    verb = _INVERTED_ANY.match(text, pos, limit)
    if verb is None:
        return None
    subject = subjects_after.after(text, verb.end(), limit)
    if subject is None or not subject.phrase.split()[-1][:1].isupper():
        return None
    return Cue(subject, verb.group(1), True, verb.end())
