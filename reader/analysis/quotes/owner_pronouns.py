"""A "his" or "her" that owns a role in apposition before a name is a mention of the
person it stands for, heading the sentence as the name does ("Her predecessor, Greta
Vossberg, left …", "Last spring one of her pupils, Clara Dunmore, won …", "Her husband,
Pieter, builds …"): the sentence is still about the one "her" stands for, so a later
"she said" is theirs, not the newcomer's. Not when the sentence has someone speak ("Her
physio, Ines Marrow, said …", "…, but Goff said": the voice has moved on), nor after a
preposition or a clause of its own ("In his speech, Ivo Dunn said …", "After calling his
lawyer, Bo Park left": the "his" is the name's own)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.analysis.quotes.clause_rank import BEFORE_VERB, EMBEDDING, GOVERNING
from reader.lexicon import PERSON_GENDERS, SAY_VERBS, TITLE_GENDERS

# "her predecessor, Greta Vossberg, left", "his old assistant, Hannah Pike, runs": the
# owner, one to three lowercase words of role, the name, and a verb after it.
_OWNED = re.compile(
    r"\b([Hh]is|[Hh]er)\s+(?:[a-z][\w\-’']*\s+){0,2}[a-z][\w\-’']*,\s+"
    r"(?:[A-Z][\w\-’'.]*\s+){0,4}[A-Z][\w\-’'.]*,\s+(" + BEFORE_VERB + r")([a-z]+)"
)
# How many of them: "one of her pupils", "two of his sons".
_SOME_OF = re.compile(
    r"(?:\b(?:one|two|three|four|some|several|many|both|all|each|another)\s+of\s+)?$"
)
_SEX = {"his": "he", "her": "she"}
# A name and its verb, perhaps past an aside: "Ines Marrow, said", "but Goff said".
_NAMED_VERB = re.compile(r"\b[A-Z][\w\-’']*(?:,[^,_;:]{1,80},)?,?\s+" + BEFORE_VERB + r"([a-z]+)")


def owner_pronouns(masked: str, starts: list[int]) -> Iterator[tuple[int, str]]:
    """(offset, "he" or "she") of each possessive owning a role in apposition before a
    name whose verb is not a say-verb, its sentence's lead-in free of prepositions and
    clauses (``starts``: the sentences' first offsets)."""
    for m in _OWNED.finditer(masked):
        end = min((s for s in starts if s > m.start()), default=len(masked))
        if any(verb in SAY_VERBS for verb in _NAMED_VERB.findall(masked, m.start(), end)):
            continue  # "Her physio, Ines Marrow, said …", "…, but Goff said": a voice
        if _acts_now(m.group(2).split(), m.group(3)):
            continue  # "Her successor, Ana Brisk, has moved the clinic": the topic now
        if _free_lead(masked, m.start(), starts):
            yield m.start(), _SEX[m.group(1).lower()]


def _acts_now(before: list[str], verb: str) -> bool:
    """The newcomer's verb tells what they do now or will do ("has moved", "starts on
    Monday", "will run"), not what they are or had done ("is", "had run", "left")."""
    if verb in ("been", "be", "is", "was", "has"):
        return False
    return bool({"has", "have", "will", "would"} & set(before)) or (
        not before and verb.endswith("s") and not verb.endswith("ss")
    )


def _free_lead(masked: str, at: int, starts: list[int]) -> bool:
    """The words of the sentence before ``at`` are no phrase or clause of their own."""
    start = max((s for s in starts if s <= at), default=0)
    lead = masked[start:at]
    lead = lead[: _SOME_OF.search(lead).start()]  # type: ignore[union-attr]
    return "," not in lead and not _clause(lead.lower().split())


def _clause(lead: list[str]) -> bool:
    """A lead-in that makes a phrase or clause of its own: a preposition or conjunction
    ("In his speech", "After calling his lawyer"), a participle ("Calling his lawyer"),
    or more than a short adverbial ("Last spring")."""
    participle = len(lead) == 1 and lead[0].endswith("ing")
    return len(lead) > 3 or participle or any(w in GOVERNING or w in EMBEDDING for w in lead)


# "survived by his widow, Ysolde,", "Her husband, Pieter,": the role just before a name.
_ROLE_OWNED = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|\w+[’']s)\s+(?:[a-z][\w\-]*\s+){0,2}([a-z]+),\s+$"
)


def role_sex(masked: str, start: int, end: int) -> str | None:
    """The sex the role a possessive owns gives the name at ``start:end`` in apposition:
    "his widow, Ysolde," is a woman, "Her husband, Pieter," a man, whatever lists their
    first names are in (not "Turning to his sister, Ivo said": the name is not the role's)."""
    m = _ROLE_OWNED.search(masked, max(0, start - 60), start)
    if m is None or not _CLOSED.match(masked, end):
        return None
    return PERSON_GENDERS.get(m.group(1)) or TITLE_GENDERS.get(m.group(1))


_CLOSED = re.compile(r"[,.;]|\s+and\b|\s*$")  # the apposition ends with the name
