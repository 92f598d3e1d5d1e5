"""A quote inside a sentence's opening participle clause is the words of the main
clause's subject: "Acknowledging that the plan “costs a great deal,” Brandt did suggest
…", "In calling the vote “a farce,” Hale broke with the board". Works on quote-masked
text."""

from __future__ import annotations

import re

from reader.analysis.quotes import sentence_subjects, subjects
from reader.analysis.quotes.cue_words import Cue
from reader.lexicon import FEMALE_NAMES, MALE_NAMES

# "Acknowledging that", "In calling the vote", "By citing Hale’s": a word in -ing opening
# the sentence, perhaps after a preposition, then a lowercase word or an owner (not
# "Fleming said", a name).
_OPENER = re.compile(
    r"\s*(?:(?:In|By|After|Before|While|On|Upon|When)\s+([a-z]+ing)"
    r"|([A-Z][a-z]+ing))\s+(?=[a-z]|[A-Z][\w’']*[’']s\b)"
)
# Where the opening clause ends: a comma (perhaps the quote's own), "though," and the like.
_CLAUSE_END = re.compile(r"[^,_]*,\s+(?:(?:though|however|then|still)\s*,\s+)?")
_AFTER_QUOTE_COMMA = re.compile(r"\s+(?:(?:though|however|then|still)\s*,\s+)?")


def main_subject(
    text: str, start: int, opening: int, close: int, end: int, own_comma: bool
) -> Cue | None:
    """The subject after the opening clause that holds the quote from ``opening`` to
    ``close`` (``own_comma``: its words end in a comma), when the sentence from ``start``
    to ``end`` opens with a participle."""
    m = _OPENER.match(text, start, opening)
    if m is None or "," in text[m.end() : opening]:
        return None  # no participle, or the quote is past the opening clause
    word = m.group(1) or m.group(2)
    if word.lower() in MALE_NAMES or word.lower() in FEMALE_NAMES:
        return None  # "Sterling said …": a name
    clause = (_AFTER_QUOTE_COMMA if own_comma else _CLAUSE_END).match(text, close, end)
    if clause is None:
        return None
    subject = sentence_subjects.sentence_subject(text, clause.end(), end)
    if subject is None or subject.start != clause.end():
        return None  # the main clause opens with its subject
    if not (subject.phrase[:1].isupper() or subject.phrase in subjects.PRONOUNS):
        return None
    return Cue(subject, word, False, subject.start)
