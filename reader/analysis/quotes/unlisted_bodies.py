"""A body no list knows: "it said", "they said" or "the company said" when no
organisation is named near. Most firms, teams and bands are named by words of their own
("Ostler Textiles", "Harwood Athletic", "Quenby Motors"), not by an organisation word
("Harlow Council"), and are read as a person's name until the text says otherwise. The
pronoun that wants a body looks for what says so, in the last name of the pronoun's
paragraph or the one before that nothing makes a person (a listed first name, a title,
a "he" or "she" of its own, an age, a person's noun in apposition, a place): an "its"
in the clause it heads ("Quenby Motors has stopped selling its van"), a plural verb right
after it ("Harwood Athletic have …") or an organisation word in apposition ("Grey Heron
Singers, a choir of …"). A plural last word is no sign: "Motors" and "Banes" alike."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from reader.analysis.quotes.names import parse_mention
from reader.analysis.quotes.people import Position
from reader.analysis.quotes.person_names import place_like
from reader.lexicon import ORG_WORDS, PERSON_NOUNS, PLACES

if TYPE_CHECKING:
    from reader.analysis.quotes.speakers import Cast


def unlisted_body(
    cast: Cast, pos: Position, many: bool = False, back: int = 1
) -> tuple[Position, str] | None:
    """Where and what the last name before ``pos`` (its paragraph or the ``back`` ones
    before) that the text makes a body is; ``many``: one a "they" may be (not by an
    "its")."""
    mentions = cast.people.mentions
    i = bisect.bisect_left(mentions, pos, key=lambda item: item[0])
    for at, run, _rank in reversed(mentions[:i]):
        if at[0] < pos[0] - back:
            return None
        mention = parse_mention(run, cast.people.opens(at))
        if mention is None or mention.gender or mention.role or mention.name.lower() in PLACES:
            continue
        name = cast.canonical(mention, at)
        if (" " in run and mention.kind == "organisation") or _body(cast, name, run, many):
            return at, name
    return None


def since_speaker(cast: Cast, pos: Position, many: bool) -> str | None:
    """The body an "it" or (``many``) a "they" at ``pos`` stands for when it was named
    after the last speaker (who is otherwise the "they" or the "it")."""
    found = unlisted_body(cast, pos, many=many)
    if found is None:
        return None
    i = bisect.bisect_left(cast.timeline, (pos, ""))
    spoke = cast.timeline[i - 1][0] if i else (-1, -1)
    return found[1] if found[0] > spoke else None


def _body(cast: Cast, name: str, run: str, many: bool) -> bool:
    """The text makes ``name`` (written ``run``) a body and nothing makes it a person."""
    sex = cast.gender(name)
    if sex == "n":
        return not many
    if sex is not None or " " not in run or name.lower() in PLACES or place_like(name):
        return False
    roles = [role.lower().split()[:3] for _, who, role in cast.people.described if who == name]
    if any("year-old" in words or PERSON_NOUNS.intersection(words) for words in roles):
        return False
    apposed = ORG_WORDS.intersection(cast.people.roles.get(name, "").lower().split()[:3])
    agrees = cast.people.agrees.get(run)
    return bool(apposed) or agrees == "p" or (agrees == "n" and not many)
