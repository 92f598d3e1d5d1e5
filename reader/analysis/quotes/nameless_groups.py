"""A group the text names by a common noun only, heading a sentence: "The trustees
thanked …", "His family said …", "Outside the court the girl’s parents read …", "The
residents’ association has written …". A writer puts "they said" right after the
sentence that brings such a group in, and it speaks for the group: no one the article
names, unless a body named before carries the group's word ("the police" after "Vale
Police"). The group's noun is a collective (``GROUP_NOUNS``), an organisation's word,
or the plural of a person's noun, title or role ("officials", "campaigners")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.quotes.antecedents import sentence_of
from reader.analysis.quotes.clause_rank import FINITE
from reader.analysis.quotes.people import Position
from reader.analysis.quotes.plural_groups import plural
from reader.analysis.quotes.subjects import role_noun
from reader.lexicon import ADVERBS, GROUP_NOUNS, ORG_WORDS, SAY_BASES
from reader.pattern_cache import Patterns

if TYPE_CHECKING:
    from reader.analysis.quotes.speakers import Cast

_COMPILED = Patterns(__spec__.cached)

# An opening phrase ("In a statement,", "Outside the court"; not "The police said"),
# then the owner's word ("His", "The", "the girl’s" after it): the words after it, up
# to the verb, are the group's.
_OPENING = r"(?:(?!(?:The|His|Her|Their|Its)\b)[A-Z][a-z]+(?:\s+[a-z][\w’']*){0,4},?\s+)?"
_LEAD = _COMPILED.compile(rf"[\s“‘\"]*{_OPENING}(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+")
_WORDS = _COMPILED.compile(r"[a-z][\w\-’']*")
_FINITE = _COMPILED.compile(FINITE)


def group_subjects(masked: str, starts: list[int]) -> list[tuple[int, str]]:
    """The sentences of one block (quotes masked) headed by a nameless group: (where
    the sentence starts, the group's noun)."""
    out = []
    for start in starts:
        lead = _LEAD.match(masked, start)
        noun = _group(masked[lead.end() : lead.end() + 80].split()) if lead else None
        if noun:
            out.append((start, noun))
    return out


def _group(tokens: list[str]) -> str | None:
    """The group's noun among the first words after its owner's word, when a verb
    follows it (an adverb between): "girl’s parents read", "grandparents later thanked"."""
    for i, token in enumerate(tokens[:4]):
        if not _WORDS.fullmatch(token):
            return None
        if token.endswith(("’", "'", "’s", "'s")):
            continue  # an owner: "the residents’ association", "the girl’s parents"
        if _people(token):
            after = tokens[i + 1 : i + 3]
            if after and not _verb(after[0]) and (after[0] in ADVERBS or after[0].endswith("ly")):
                after = after[1:]  # "later thanked", "quickly said"
            return token if after and _verb(after[0]) else None
    return None


def _verb(word: str) -> bool:
    """A finite verb, or a plural's present ("say", "read")."""
    return bool(_FINITE.fullmatch(word)) or word == "read" or word in SAY_BASES


def _people(word: str) -> bool:
    """ "family", "association", "parents", "officials"; not "plans", "roads"."""
    if word in GROUP_NOUNS or word in ORG_WORDS:
        return True
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return plural(word) and role_noun(one)


def group_speaker(cast: Cast, pos: Position) -> str | None:
    """Whom a "they" at ``pos`` stands for when a nameless group heads the sentence
    before: a body named before whose name holds the group's noun, else "" (no one
    named); None when no such group is there."""
    noun = group_before(cast, pos)
    if noun is None:
        return None
    bodies = [(at, m) for at, m in cast.people.intros if at < pos and m.kind == "organisation"]
    named = [(at, m) for at, m in bodies if noun in m.name.lower().split()]
    return cast.canonical(named[-1][1], named[-1][0]) if named else ""


def group_before(cast: Cast, pos: Position) -> str | None:
    """The noun of the nameless group heading the sentence right before the one at
    ``pos`` (in its paragraph, else the last of the paragraph before), or heading the
    pronoun's own sentence before it; None when there is none."""
    block, k = sentence_of(cast, pos)
    starts = cast.people.starts.get(block, [0])
    own = (block, starts[k])
    if k > 0:
        before = (block, starts[k - 1])
    elif block - 1 in cast.people.starts:
        before = (block - 1, cast.people.starts[block - 1][-1])
    else:
        before = None
    found = [noun for at, noun in cast.people.groups if at in (own, before) and at < pos]
    return found[-1] if found else None
