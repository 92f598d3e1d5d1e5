"""Whom a speaking pronoun stands for: "he" or "she" by ``antecedents``, else the most
recent named speaker of that sex, else a person named just before, else the headline's;
"they" a nameless group heading the sentence before (``nameless_groups``); "it" and
"they" a body that spoke or was named, two people named together or a family, else a
body no list names that the text makes one (``unlisted_bodies``), else for "it" the body
the lead opens with."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from reader.analysis.quotes import antecedents
from reader.analysis.quotes.descriptions import noun_of
from reader.analysis.quotes.nameless_groups import group_speaker
from reader.analysis.quotes.people import Position
from reader.analysis.quotes.person_names import place_like
from reader.analysis.quotes.plural_groups import named_pair, plural_group
from reader.analysis.quotes.subjects import role_noun
from reader.analysis.quotes.unlisted_bodies import since_speaker, unlisted_body
from reader.lexicon import ORG_WORDS, PRONOUNS

if TYPE_CHECKING:
    from reader.analysis.quotes.speakers import Cast


def pronoun(cast: Cast, word: str, pos: Position) -> str | None:
    """The person "he" or "she" stands for (see ``antecedents``), else the most recent
    suitable named speaker before ``pos``; "it" and "they" for a body that spoke."""
    want = PRONOUNS.get(word.lower())
    i = bisect.bisect_left(cast.timeline, (pos, ""))
    recent = [n for _, n in reversed(cast.timeline[max(0, i - 40) : i])]
    if want is None:
        return _unsexed(cast, word.lower(), pos, recent)
    found = antecedents.resolve(cast, word.lower(), want, pos)
    if found is not None:
        return found or None  # "": someone the article does not name
    person = [n for n in recent if cast.kinds.get(n, "person") == "person"]
    people = [n for n in person if n not in cast.authors and not cast.died(n, pos)]
    for name in people:
        if cast.gender(name) in (want, None):
            return name
    return _mentioned(cast, want, pos) or _headlined(cast, want)


def _unsexed(cast: Cast, word: str, pos: Position, recent: list[str]) -> str | None:
    """ "they", "it", "I" and the like: a pair, a body, a family, the writer."""
    if word == "they" and (group := group_speaker(cast, pos)) is not None:
        return group  # "His family said they …. “…,” they said": no one named
    if word == "they" and (pair := named_pair(cast, pos)):
        return pair  # "Ann and Bo Sand …. “…,” they said"
    if word in {"they", "it"} and (body := _recent_body(cast, pos)):
        return body
    if word == "they" and (group := plural_group(cast, pos)):
        return group  # "The Thorpes have run …. “…,” they said"
    if word == "they" and (body := since_speaker(cast, pos, many=True)):
        return body  # "Harwood Athletic have sacked …. “…,” they said"
    if word == "i" and len(cast.authors) == 1:
        return cast.authors[0]  # the writer of a first-person piece
    if word == "it":  # a body ("Harlow Mills closed its plant. …,” it said"), never a person
        body = antecedents.resolve(cast, "it", "n", pos) or since_speaker(cast, pos, many=False)
        bodies = [body, *recent] if body else recent
        found = next((n for n in bodies if _may_be_it(cast, n)), None)
        return found or _led(cast, pos)
    return recent[0] if recent else None


def _headlined(cast: Cast, want: str) -> str | None:
    """No one in the body fits: the first person the headline names whose first name
    or title gives that sex ("Baker Tobias Iles retires" over "“…,” he said"); a name
    no list or word gives a sex ("Casimir Wendt retires") is no one's "he" nor "she"."""
    sexes = [(m.name, m.gender or cast.gender(m.name)) for m in cast.headline]
    return next((name for name, sex in sexes if sex == want), None)


def _may_be_it(cast: Cast, name: str) -> bool:
    """A body, or a name no "he" or "she", first name or person's role makes a person's
    ("Works council leader Dieter Quast", "Ann Lee, a delegate": never "it")."""
    if cast.kinds.get(name, "person") != "person":
        return True
    return cast.gender(name) not in ("m", "f") and not _has_role(cast, name)


def _has_role(cast: Cast, name: str) -> bool:
    """The text gives ``name`` a person's role or an age ("Works council leader", "a
    delegate from Ohio", "47-year-old"; not "a choir of twelve", nor "who aimed …")."""
    roles = [role for _, who, role in cast.people.described if who == name]
    for role in roles:
        words = role.lower().split()[:3]
        person = any(role_noun(w) or w.endswith("year-old") for w in words)
        if person and noun_of(role) not in ORG_WORDS:
            return True
    return False


def _led(cast: Cast, pos: Position) -> str | None:
    """ "it said" with no body near nor anyone it may be: the body heading the lead's
    first sentence (the firm or council whose decision the story opens with), however
    far back ("Harlow Council has refused …" four paragraphs up)."""
    if not cast.people.starts:
        return None
    lead = min(cast.people.starts)
    starts = cast.people.starts[lead]
    end = (lead, starts[1] if len(starts) > 1 else 1 << 30)
    heads = [at for at, _, rank in cast.people.mentions if (lead, 0) <= at < end and rank == 0]
    if not heads or heads[0] >= pos:
        return None
    found = unlisted_body(cast, (heads[0][0], heads[0][1] + 1), back=0)
    return found[1] if found and found[0] == heads[0] else None


def _recent_body(cast: Cast, pos: Position) -> str | None:
    """ "it said", "they said": the organisation last named or heard from, in the
    pronoun's paragraph or the one before."""
    i = bisect.bisect_left(cast.heard, (pos, ""))
    spoke = cast.heard[max(0, i - 4) : i]  # the last bodies heard from before ``pos``
    i = bisect.bisect_left(cast.people.intros, pos, key=lambda item: item[0])
    named = [(p, m.name) for p, m in cast.people.intros[max(0, i - 30) : i]]
    named = [(p, n) for p, n in named if cast.kinds.get(n) == "organisation"]
    near = [(p, n) for p, n in spoke + named if p[0] >= pos[0] - 1]
    return max(near)[1] if near else (spoke[-1][1] if spoke else None)


def _mentioned(cast: Cast, want: str, pos: Position) -> str | None:
    """No speaker fits: the last person named before ``pos`` whose gender fits, else
    the first one of unknown gender (a first name no list holds) in the last of the
    pronoun's paragraph and the one before that names one ("Kofi Mensah, 19, from
    Bay County, disagrees. “…,” he said": not the county), never a place ("Floodwater
    reached Carrow Hall. “…,” she said": no one named)."""
    i = bisect.bisect_left(cast.people.intros, pos, key=lambda item: item[0])
    unknown: tuple[Position, str] | None = None
    for at, mention in reversed(cast.people.intros[max(0, i - 30) : i]):
        if mention.kind == "person":
            name = cast.canonical(mention, at)
            if cast.died(name, pos):
                continue  # "Ann Lee has died": not Ann Lee's "she said"
            sex = cast.gender(name)
            if sex == want:
                return name
            last_block = unknown is None or unknown[0][0] == at[0]
            near = at[0] >= pos[0] - 1 and not cast.nameless(name) and not place_like(name)
            if sex is None and near and last_block:
                unknown = (at, name)
    return unknown[1] if unknown else None
