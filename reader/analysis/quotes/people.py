"""Everyone an article names, read once before attribution: full names as introduced
(so "Hill" can become "Fiona Hill"), the role an appositive gives, gender where the
text tells it ("Hill said she …")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.analysis.quotes.lexicon import ORG_WORDS, SAY_VERBS
from reader.analysis.quotes.names import NAME_RUN, Mention, looks_like_name, parse_mention

Position = tuple[int, int]  # (block index, offset in the block text)

_APPOS = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s+((?:an?|the|former|who|now|then)\s[^_;:,]{3,160}"
    r"|[A-Z][\w.\-]*\s+(?:[A-Z][\w.\-]*\s+)?[a-z][^_;:,]{3,160}),"
)
_FOLLOW = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,[^_;:]{3,200},)?\s+(?:(?:also|later|then|has|have|had|would|will)\s+)*([a-z]+)"
    r"(?:\s+(?:that\s+)?(he|she|his|her)\b)?"
)
# A name heading a clause: "Biden has called …", "Hill warned …", not "Biden’s trip".
_CLAUSE_VERB = re.compile(
    r"\s+(?:(?:also|then|later|has|had|have|is|was|will|would|did)\s+)*"
    r"(?:has|had|is|was|will|would|did|[a-z]{2,}ed|[a-z]{2,}s)\b"
)
_GOVERNED = re.compile(r"\b(?:in|at|on|of|for|with|from|to|by|about|than|like)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s)[^.!?]*$")
_POSSESSIVE = re.compile(r"(?:[’']s?|\.)$")
_GENDER = {"he": "m", "his": "m", "she": "f", "her": "f"}


@dataclass(slots=True)
class People:
    intros: list[tuple[Position, Mention]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    orgs: set[str] = field(default_factory=set)
    # Names heading a clause that no say-verb reports, in text order: pronoun antecedents.
    subjects: list[tuple[Position, str]] = field(default_factory=list)


def _heads_clause(masked: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is followed by a verb and no say-verb precedes it in its
    sentence ("Richmond said that Biden continues …" reports Biden, who is not the topic)."""
    if not _CLAUSE_VERB.match(masked, end) or _GOVERNED.search(masked, max(0, start - 12), start):
        return False
    lead = _SENTENCE_START.search(masked, max(0, start - 300), start)
    before = lead.group() if lead else masked[max(0, start - 300) : start]
    words = re.findall(r"[a-z]+", before.lower())
    if words and words[-1] == "state":
        words.pop()  # "state Sen. Moll agreed": an adjective, not the verb
    if words and words[-1] in _SUBORDINATORS:
        return False  # "in the event that Clinton faces …": a reported or imagined clause
    return not any(w in SAY_VERBS for w in words)


_SUBORDINATORS = frozenset(("that", "if", "whether", "unless"))


def read_block(people: People, index: int, masked: str) -> None:
    """Collect the names of one block (quotes masked, so names inside quotes are ignored)."""
    for m in NAME_RUN.finditer(masked):
        run = m.group()
        if _heads_clause(masked, m.start(), m.end()) and looks_like_name(run):
            people.subjects.append(((index, m.start()), _POSSESSIVE.sub("", run)))
        if " " not in run and not (run.isupper() or run.lower().rstrip(".") in ORG_WORDS):
            follow = _FOLLOW.match(masked, m.end())
            if follow and follow.group(2) and follow.group(1) in SAY_VERBS:
                people.genders.setdefault(_POSSESSIVE.sub("", run), _GENDER[follow.group(2)])
            continue  # a lone capitalised word: only its gender is worth keeping
        mention = parse_mention(run)
        if mention is None or (m.group().isupper() and len(m.group()) > 6):
            continue
        pos = (index, m.start())
        words = mention.name.split()
        if mention.kind == "organisation":
            if len(words) > 1 or words[0].lower() not in ORG_WORDS:
                people.orgs.add(mention.name)
                people.intros.append((pos, mention))
        elif len(words) > 1:
            people.intros.append((pos, mention))
            if mention.gender:
                people.genders.setdefault(mention.name, mention.gender)
            if mention.role:
                people.roles.setdefault(mention.name, mention.role)
        if appos := _APPOS.match(masked, m.end()):
            people.roles.setdefault(mention.name, appos.group(1).strip())
        follow = _FOLLOW.match(masked, m.end())
        if follow and follow.group(2) and follow.group(1) in SAY_VERBS:
            people.genders.setdefault(mention.name, _GENDER[follow.group(2)])
