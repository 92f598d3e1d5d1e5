"""Who reports a reported clause: in "Ada Venn wrote that Bo Lark spoke “…”" or "Ada Venn
said Bo Lark called it “…”", the say-verb nearest the quote is the clause's own, and the
one who gives the words is the subject of the say-verb reporting that clause. A quote in
the clause subject's own words ("Ada Venn said Bo Lark told her: “I will …”", a whole
sentence, a first person) stays with that subject; a document reporting it gives no one."""

from __future__ import annotations

import re

from reader.analysis.quotes import subjects, subjects_before
from reader.analysis.quotes.cue_words import TELLING, Cue, disagrees, is_noun, not_said
from reader.lexicon import SAY_VERBS

# A say-verb, perhaps "that", then the clause it reports (its subject at the end).
_REPORTING = re.compile(r"\b([a-z]+)\s+(?:that\s+)?$")
# Their object comes next ("told Bo Lark that …"), not a reported clause's subject.
_ADDRESSING = TELLING | {"telling", "tell", "asking", "ask"}
_FIRST_PERSON = frozenset(["I", "I’m", "I'm", "me", "my", "we", "us", "our"])
_DETERMINER = frozenset(["The", "A", "An", "This", "That", "Its", "Their"])


def own_words(text: str, cue_end: int, opening: int, quoted: str) -> bool:
    """Whether the quote (its words ``quoted``) gives its speaker's own words rather than
    a description of how they spoke: it follows a colon, speaks in the first person, or
    is a whole sentence."""
    if ":" in text[cue_end:opening]:
        return True
    words = quoted.split()
    if any(w.strip(",.!?;") in _FIRST_PERSON for w in words):
        return True
    return len(words) >= 3 and words[0][:1].isupper()


def _named(phrase: str) -> bool:
    """A person's or a body's name, or a pronoun; not "The audit", "The inspectors’ report"."""
    words = phrase.split()
    if words and words[0] in _DETERMINER:
        words = words[1:]
    return (bool(words) and words[0][:1].isupper()) or phrase in subjects.PRONOUNS


def reporter(
    text: str, sentence_start: int, cue: Cue, opening: int, quoted: str | None
) -> Cue | None:
    """The cue of the say-verb whose reported clause ``cue``'s subject opens, when that
    verb has a named or pronoun subject of its own; the quote stays attached as ``cue``
    was."""
    if quoted is not None and own_words(text, cue.verb_end, opening, quoted):
        return None
    m = _REPORTING.search(text, sentence_start, cue.subject.start)
    verb = m.group(1) if m else ""
    if m is None or verb not in SAY_VERBS or verb in _ADDRESSING:
        return None
    if is_noun(text, sentence_start, m.start(1)) or not_said(text, sentence_start, m.start(1)):
        return None  # "Lark’s remarks that …", "a chance to say …"
    outer = subjects_before.before(text, m.start(1), sentence_start)
    if outer is None or disagrees(outer.phrase, verb):
        return None
    if not _named(outer.phrase):
        return None  # "the report said Lark …", "The audit found Lark …": a document
    return Cue(outer, verb, cue.adjacent, m.end(1))
