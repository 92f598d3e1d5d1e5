"""Who reports a reported clause: in "Ada Venn wrote that Bo Lark spoke “…”" or "Ada Venn
said Bo Lark called it “…”", the say-verb nearest the quote is the clause's own, and the
one who gives the words is the subject of the say-verb reporting that clause."""

from __future__ import annotations

import re

from reader.analysis.quotes import subjects, subjects_before
from reader.analysis.quotes.cue_words import Cue, disagrees, is_noun, not_said
from reader.lexicon import SAY_VERBS

# A say-verb, perhaps "that", then the clause it reports (its subject at the end).
_REPORTING = re.compile(r"\b([a-z]+)\s+(?:that\s+)?$")
# Their object comes next ("told Bo Lark that …"), not a reported clause's subject.
_ADDRESSING = frozenset(["told", "tells", "telling", "tell", "asked", "asks", "asking", "ask"])


def reporter(text: str, sentence_start: int, cue: Cue) -> Cue | None:
    """The cue of the say-verb whose reported clause ``cue``'s subject opens, when that
    verb has a named or pronoun subject of its own; the quote stays attached as ``cue``
    was."""
    m = _REPORTING.search(text, sentence_start, cue.subject.start)
    verb = m.group(1) if m else ""
    if m is None or verb not in SAY_VERBS or verb in _ADDRESSING:
        return None
    if is_noun(text, sentence_start, m.start(1)) or not_said(text, sentence_start, m.start(1)):
        return None  # "Lark’s remarks that …", "a chance to say …"
    outer = subjects_before.before(text, m.start(1), sentence_start)
    if outer is None or disagrees(outer.phrase, verb):
        return None
    if not (outer.phrase[:1].isupper() or outer.phrase in subjects.PRONOUNS):
        return None  # "the report said Lark …": a document, not a reporter
    return Cue(outer, verb, cue.adjacent, m.end(1))
