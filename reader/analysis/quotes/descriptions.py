"""A description of someone the article named: "the Oregon senator", "the former
secretary of state", "the GOP presidential candidate", "the 74-year-old" stand for the
person the article introduced with that role, place or relation ("Oregon Sen. Piet
Varga", "former Secretary of State Ilse Dunn", "Varga, an Oregon senator,").

A description names a person when every word of it is in one of the roles the article
gave that person before it; when none fits every word, a person alone in having the
description's head noun ("the senator") does.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from reader.analysis.quotes.demonyms import describes_person
from reader.analysis.quotes.names import gender_of_first, parse_mention
from reader.analysis.quotes.people import Position
from reader.analysis.quotes.person_names import place_like
from reader.analysis.quotes.role_before import OWNER_PRONOUNS
from reader.analysis.quotes.subjects import role_noun
from reader.lexicon import words

if TYPE_CHECKING:
    from reader.analysis.quotes.speakers import Cast

_WORD = re.compile(r"[\w\-]+")
_IGNORED = words("the a an this that these those former then now longtime also")
_DEFINITE = words("the this that") | OWNER_PRONOUNS
# The words that open what a role is of or where ("the owner of the bakery"), and in a
# role, what its holder does too ("who runs the shop on Mill Lane").
_OF = words("of at for from in on with")
_COMPLEMENT = _OF | words("to by who which that whose")
# An age that heads the description ("the 19-year-old", "the retired 61-year-old baker");
# not a relation of the aged ("the father of the 19-year-old", "the 19-year-old’s coach").
_AGED = re.compile(r"^(?:\S+\s+){0,2}\d{1,3}-year-old(?:\s+[a-z\-]+){0,2}$")
_RECENT = 8  # a head noun alone names someone described in the last paragraphs
_INTRODUCED = 2  # a role no one was given: someone described in the last paragraphs
# Short forms and synonyms, read as the word they stand for.
_SAME = {
    "sen": "senator", "sens": "senator", "rep": "representative", "gov": "governor",
    "congressman": "representative", "congresswoman": "representative",
    "gop": "republican", "dem": "democratic", "democrat": "democratic", "pres": "president",
    "gen": "general", "atty": "attorney", "sec": "secretary", "secy": "secretary",
    "u": "us", "s": "us", "america": "us", "american": "us", "united": "us", "states": "us",
}  # fmt: skip


def _words(text: str) -> set[str]:
    out = set()
    for word in _WORD.findall(text.lower().replace("’s", "").replace("'s", "")):
        word = _SAME.get(word.rstrip("."), word)
        if word.endswith("s") and len(word) > 3 and not word.endswith("ss"):
            word = word[:-1]  # "senators", "senator’s"
        out.add(word)
    return out


def noun_of(phrase: str) -> str:
    """A description's own noun, in lower case: the word before what it is of, at or
    for ("the owner of the bakery": owner; "the chair of the parish council": chair),
    else its last word ("the Florida senator")."""
    tokens = phrase.lower().split()
    cut = next((i for i, token in enumerate(tokens) if i > 1 and token in _OF), 0)
    return tokens[cut - 1] if cut else tokens[-1] if tokens else ""


def _own_words(role: str) -> set[str]:
    """A role's words before what it is of, at or for: "a sponsor of the bill" is a
    sponsor, not a bill; "who runs the shop on Mill Lane" runs a shop."""
    tokens = role.split()
    cut = next((i for i, t in enumerate(tokens) if i and t.lower() in _COMPLEMENT), None)
    return _words(" ".join(tokens[:cut]))


def described(cast: Cast, phrase: str, pos: Position) -> str | None:
    """The person ``phrase`` ("the Florida senator") stands for, or None: one given a
    role holding every word of it, its noun among the role's own words."""
    wanted = _words(phrase) - _IGNORED
    last = noun_of(phrase)
    plural = last.endswith("s") and not last.endswith(("ss", "’s", "'s"))
    if not wanted or phrase.split()[0].lower() not in _DEFINITE or plural:
        return None  # "a friend" is someone new; "the leaders" are several
    head = _words(last)
    personal = role_noun(last)  # "the governor", wherever the role holds it ("aide of Gov.")
    former = "former" in phrase.lower().split()
    full: list[tuple[Position, str]] = []
    by_head: dict[str, Position] = {}
    for at, name, role in cast.people.described:
        if at >= pos:
            break
        mention = parse_mention(name)
        if mention is None:
            continue
        person = cast.canonical(mention, at)
        have = _words(role)
        if not head <= (have if personal else _own_words(role)):
            continue  # "a sponsor of the bill" is not "the bill"
        if wanted <= have:
            full.append((at, person))
        if at[0] >= pos[0] - _RECENT and (former or "former" not in have):
            by_head[person] = at  # "a former union leader" is not "the leader"
    if full:
        spoken = [p for _, p in full if p in cast.speakers]
        return spoken[-1] if spoken else full[-1][1]
    if phrase.split()[0].lower() in OWNER_PRONOUNS:
        return None  # "her father": only a relation written with its owner names someone
    alone = len(phrase.split()) == 2 and describes_person(phrase.split()[1])  # "the Texan"
    if by_head or (any(w[:1].isupper() for w in phrase.split()[1:]) and not alone):
        return next(iter(by_head)) if len(by_head) == 1 else None
    return _introduced(cast, phrase.lower(), pos)


def _introduced(cast: Cast, phrase: str, pos: Position) -> str | None:
    """A role in lower case no one was given ("the retired skipper") stands for the last
    person named before it, in its paragraph or the two before, when the article
    introduced them there by full name heading their sentence ("Ann Brook, who sailed the
    ferry for thirty years, stood …", "Ann Brook saved two penalties as Harriers won"),
    not as the one asked or told, nor after someone unnamed in that role spoke ("a
    shopkeeper said"), and they have not spoken yet (a lone word with no full
    name, "Harriers", is passed); an age ("the 19-year-old", "the 52-year-old teacher")
    says a person, and needs no listed first name. ("the Ohio senator" is left as
    written: its capitals name someone.)"""
    aged = _AGED.match(phrase) is not None
    people = describes_person(phrase.split()[-1].title())  # "the texan", "the republican"
    if not (role_noun(phrase.split()[-1]) or aged or people):
        return None  # "the retired skipper", "the 58-year-old"
    mentions = cast.people.mentions
    i = bisect.bisect_left(mentions, pos, key=lambda m: m[0])
    last = next(
        (
            (where, heads, found, name)
            for where, run, heads in reversed(mentions[max(0, i - 12) : i])
            if (found := parse_mention(run))
            and found.kind == "person"
            and not place_like(found.name)
            and " " in (name := cast.canonical(found, where))
        ),
        None,
    )  # not "Mill Lane" or "Port Ellis", which the run's shape makes no person; not a
    # lone word the article gives no full name for ("Rovers climbed to third")
    if last is None:
        return None
    at, heads, mention, name = last
    if heads or at in cast.people.asked or at[0] < pos[0] - _INTRODUCED:
        return None  # not "X was asked …": the role is the one who asks
    head = _words(phrase.split()[-1])
    if any(at < where < pos and head <= _words(said) for where, said in cast.newcomers):
        return None  # "“…,” a shopkeeper said" since: "the shopkeeper" is that one
    listed = gender_of_first(name.split()[0], guess=False) is not None
    if not (aged or people or listed or mention.role):
        return None  # "Des Moines", "York City"; not "Coach Rudi Gaspard"
    return name if name not in cast.speakers else None
