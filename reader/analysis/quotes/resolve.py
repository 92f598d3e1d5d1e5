"""From a cue's subject phrase to a speaker name: a name through the cast, a pronoun to
its antecedent, "the statement" or "the ministry" to the body last named."""

from __future__ import annotations

import bisect
import re

from reader.analysis.quotes import pronoun_speakers
from reader.analysis.quotes.demonyms import describes_person
from reader.analysis.quotes.descriptions import described, noun_of
from reader.analysis.quotes.names import NAME_RUN, PAREN, Mention, looks_like_name, parse_mention
from reader.analysis.quotes.people import Position
from reader.analysis.quotes.speakers import Cast
from reader.analysis.quotes.unlisted_bodies import unlisted_body
from reader.lexicon import (
    DOCUMENT_NOUNS,
    ORG_WORDS,
    PLACES,
    PRONOUNS,
    STATEMENT_NOUNS,
)

_ARTICLES = ("the", "a", "an")


def recent_org(cast: Cast, pos: Position, head: str = "") -> str | None:
    """The organisation most recently named before ``pos``; one whose name holds ``head``
    ("the agency": the Riverside Water Agency) before any other."""
    i = bisect.bisect_left(cast.people.intros, pos, key=lambda item: item[0])
    orgs = [m for _, m in reversed(cast.people.intros[max(0, i - 30) : i])]
    orgs = [m for m in orgs if m.kind == "organisation"]
    named = [m for m in orgs if head and head in m.name.lower().split()]
    return cast.canonical((named or orgs)[0], pos) if orgs else None


def _unlisted(cast: Cast, pos: Position) -> str | None:
    """ "the company said" when no organisation is named: a name no list knows."""
    found = unlisted_body(cast, pos)
    return found[1] if found else None


def _published(cast: Cast, noun: str, pos: Position) -> str | None:
    """ "the study found": whoever the text said published the study, in the cue's
    paragraph or the one before ("a study by the Carrick Institute")."""
    near = [(at, run) for at, n, run in cast.people.published if n == noun and at < pos]
    near = [(at, run) for at, run in near if at[0] >= pos[0] - 1]
    mention = parse_mention(near[-1][1]) if near else None
    return cast.canonical(mention, near[-1][0]) if mention else None


def _bare(phrase: str) -> str:
    """ "the United States" -> "united states"."""
    words = phrase.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _owner(cast: Cast, phrase: str, pos: Position) -> str | None:
    """An organisation named inside a document's description: "a Town Hall press
    note", "a letter from the Harbour Trust"."""
    for run in NAME_RUN.findall(phrase):
        mention = parse_mention(run)
        if mention and mention.kind == "organisation":
            return cast.canonical(mention, pos)
    return None


_ISSUED = re.compile(r"\s(?:from|by|of)\s+(?:the\s+)?([A-Z].*)$")


def _issued(
    cast: Cast, phrase: str, words: list[str], pos: Position
) -> tuple[str | None, str, Mention | None] | None:
    """The one who issued a statement named in its description: "a statement from the
    Dunmore Ports Authority", "a letter by Ann Lee"."""
    if len(words) < 3 or words[0] not in _ARTICLES or words[1] not in STATEMENT_NOUNS:
        return None
    issuer = _ISSUED.search(phrase)
    mention = parse_mention(issuer.group(1)) if issuer else None
    if mention is None:
        return None
    name = cast.canonical(mention, pos)
    return name, cast.kinds.get(name, mention.kind), mention


_OWNED = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})([’']s?)\s+([a-z][a-z\- ]*)")


def _owned(
    cast: Cast, owner: str, mark: str, owned: str, pos: Position
) -> tuple[str | None, str, Mention | None]:
    """ "Dale’s statement said": Dale; "Powell’s office said": Ada Powell’s office."""
    mention = parse_mention(owner)
    if mention is None:
        return None, "person", None
    name = cast.canonical(mention, pos)
    if owned.split()[-1] in STATEMENT_NOUNS:
        return name, cast.kinds.get(name, mention.kind), mention
    return f"{name}{mark} {owned}", "organisation", None


def speaker_of(cast: Cast, phrase: str, pos: Position) -> tuple[str | None, str, Mention | None]:
    """The canonical speaker for ``phrase`` at ``pos``, the kind, and the parsed mention."""
    low = phrase.lower()
    if owned := _OWNED.fullmatch(phrase):
        return _owned(cast, owned.group(1), owned.group(2), owned.group(3), pos)
    if low in PRONOUNS:
        name = pronoun_speakers.pronoun(cast, low, pos)
        return name, cast.kinds.get(name or "", "person"), None
    if phrase[:1].isupper() and not low.startswith(("the ", "a ", "an ")):
        mention = parse_mention(phrase, cast.people.opens(pos))
        if mention is None and " " not in phrase:
            mention = Mention(phrase, "person")  # "King says": a surname that is a title
            if cast.canonical(mention, pos) == phrase:
                mention = None
        if mention:
            name = cast.canonical(mention, pos)
            if " " not in name and (name.lower() in PLACES or _bare(phrase) in PLACES):
                return None, "person", None  # "California said": no one
            return name, mention.kind, mention
    words = low.split()
    head = words[-1] if words else ""
    if issued := _issued(cast, phrase, words, pos):
        return issued  # "a statement from the Dunmore Ports Authority": the authority
    if len(words) == 2 and words[0] in _ARTICLES and describes_person(phrase.split()[1]):
        return described(cast, phrase, pos), "person", None  # "the Dutchman": no name
    if len(words) > 1 and PAREN.sub("", phrase).split()[-1][:1].isupper():
        mention = parse_mention(phrase)
        if mention:
            return cast.canonical(mention, pos), mention.kind, mention
    noun = noun_of(phrase)  # "the chair of the parish council": a chair, not a council
    person = noun not in ORG_WORDS and noun not in STATEMENT_NOUNS and described(cast, phrase, pos)
    if person:
        return person, "person", None  # "the Florida senator": the senator named before
    named = any(w[:1].isupper() for w in phrase.split()[1:])  # a capital after the first word
    if head in ORG_WORDS and named:
        body = phrase.split(maxsplit=1)[1] if words[0] in _ARTICLES else phrase
        return body, "organisation", None  # "the Trump campaign"
    if head in STATEMENT_NOUNS:
        issuer = _owner(cast, phrase, pos) or _published(cast, head, pos)
        issuer = issuer or recent_org(cast, pos) or _unlisted(cast, pos)
        return issuer, "organisation", None  # "the statement said": the body that issued it
    if head in DOCUMENT_NOUNS:
        return _published(cast, head, pos) or phrase, "organisation", None  # "the audit found"
    if head in ORG_WORDS:
        return recent_org(cast, pos, head) or _unlisted(cast, pos), "organisation", None
    group = len(words) > 1 and looks_like_name(phrase.split()[0])  # "Western states"
    if named or group:
        return phrase, "person", None  # "a senior Cruz adviser": the description as written
    return None, "person", None
