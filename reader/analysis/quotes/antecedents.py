"""Who "he" or "she" stands for: walking back sentence by sentence from the pronoun, the
first sentence that names a person of that gender gives the antecedent; in it, a person
who heads a clause or speaks beats one merely mentioned, and the first of those (the
sentence's topic) beats the later ones. A name that only owns a noun inside its sentence
("the crowd cheered Hale’s words") is none: the sentence is not about Hale. A "he"
heading a clause of that sentence stands for whoever that "he" stands for. Names inside
quotes do not count (they are masked).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.analysis.quotes.clause_rank import DESCRIBED, OWNER
from reader.analysis.quotes.names import parse_mention
from reader.analysis.quotes.people import Position
from reader.lexicon import PLACES, TITLE_WORDS

if TYPE_CHECKING:
    from reader.analysis.quotes.speakers import Cast

BLOCKS_BACK = 4  # how many paragraphs before the pronoun's own are searched
_DEPTH = 4  # how many pronouns may hand on to one another


def sentence_of(cast: Cast, pos: Position) -> tuple[int, int]:
    starts = cast.people.starts.get(pos[0], [0])
    return pos[0], bisect.bisect_right(starts, pos[1]) - 1


def _sentences_back(cast: Cast, pos: Position) -> Iterator[tuple[int, int]]:
    block, k = sentence_of(cast, pos)
    for index in range(block, max(-1, block - BLOCKS_BACK - 1), -1):
        if index not in cast.people.starts:
            continue
        last = k if index == block else len(cast.people.starts[index]) - 1
        for sentence in range(last, -1, -1):
            yield index, sentence


Event = tuple[int, int, str, str]  # (offset, rank, kind, text): rank 0 heads, 1 is mentioned


def events_by_sentence(cast: Cast) -> dict[tuple[int, int], list[Event]]:
    """Names and pronouns of the narration, by sentence."""
    out: dict[tuple[int, int], list[Event]] = {}
    for pos, run, rank in cast.people.mentions:
        out.setdefault(sentence_of(cast, pos), []).append((pos[1], rank, "name", run))
    for pos, word, rank in cast.people.pronouns:
        out.setdefault(sentence_of(cast, pos), []).append((pos[1], rank, "pronoun", word))
    for pos, body, sex, said in cast.people.unnamed:
        rank = 0 if said else DESCRIBED  # "A teacher who …": when no one else fits
        out.setdefault(sentence_of(cast, pos), []).append((pos[1], rank, _UNNAMED[sex], body))
    return out


# An unnamed person heading a sentence ("A spokeswoman for Harlow Mills said …"), by sex.
_UNNAMED = {"m": "unnamed man", "f": "unnamed woman", None: "unnamed"}
_UNNAMED_SEX = {kind: sex for sex, kind in _UNNAMED.items()}
# A quote's speaker, by the sex of the pronoun that gave it to them ("“…,” he said"): a
# name no list gives a sex is that sex at that quote, not the other's antecedent there.
SPOKE: dict[str | None, str] = {"m": "speaker he", "f": "speaker she"}
_SPOKE_SEX = {kind: sex for sex, kind in SPOKE.items()}


def resolve(cast: Cast, word: str, want: str, pos: Position, depth: int = 0) -> str | None:
    """The person a "he" (``want`` "m") or "she" ("f") at ``pos`` stands for, "" for
    someone the article does not name (``unnamed_subjects``), or None when not found."""
    other: dict[str, None] = {}  # speakers a nearer quote's pronoun gave the other sex
    for sentence in _sentences_back(cast, pos):
        found = _in_sentence(cast, sentence, word, want, pos, depth, other)
        if found is not None and other and cast.gender(found) != want:
            return next(iter(other))  # only one the text gives the sex takes over from them
        if found is not None:
            return found
    return None


def _in_sentence(
    cast: Cast,
    sentence: tuple[int, int],
    word: str,
    want: str,
    pos: Position,
    depth: int,
    other: dict[str, None],
) -> str | None:
    own = sentence == sentence_of(cast, pos)
    events = list(cast.events.get(sentence, []))
    events += cast.spoken.get(sentence, [])
    best: tuple[tuple[int, int, int], str] | None = None
    for offset, rank, kind, text in events:
        at = (sentence[0], offset)
        if at >= pos or rank == OWNER or (rank == 2 and own):
            continue  # after the pronoun, an owner only, or in a clause its sentence reports
        rank = 1 if rank < 0 and own else rank  # asked in the pronoun's own sentence
        if kind == "pronoun":
            if text != word or depth >= _DEPTH:
                continue
            name = resolve(cast, word, want, at, depth + 1)
            if name is None:
                continue
            known = 0
        elif kind in _UNNAMED_SEX:
            name, gender = _body(cast, text, at), _UNNAMED_SEX[kind]
            if gender not in (want, None):
                continue
            known = 0 if gender == want else 1
        else:
            name = _person(cast, text, at, rank) if kind == "name" else _speaker(cast, text)
            if name is None:
                continue
            gender = (_titled(text) if kind == "name" else None) or cast.gender(name)
            cued = None if gender else _SPOKE_SEX.get(kind) or ("x" if name in other else None)
            if cued not in (want, None):
                other.setdefault(name)  # "“…,” he said" after his "“…,” Quillan said": not "she"
                continue
            gender = gender or cued
            if gender not in (want, None):
                continue
            known = 0 if gender == want else 1
        if depth == 0 and cast.died(name, pos):
            continue  # "Ann Lee has died. Her niece, …": not Ann Lee's "she said"
        key = (rank, known, offset)
        if best is None or key < best[0]:
            best = (key, name)
    return best[1] if best else None


def _person(cast: Cast, run: str, at: Position, rank: int) -> str | None:
    """The person a name in the narration stands for: a name the article gives a gender
    or a speaker; another name heading a clause ("Meanwhile Rihanna, …, spoke"; not
    "Audiences can …", which the article writes only opening sentences, nor a group,
    "Democrats had …") or given a role ("the hall stood for Ada Lee, who farms by the ridge")."""
    mention = parse_mention(run, cast.people.opens(at))
    if mention is None or mention.kind != "person":
        return None
    name = cast.canonical(mention, at)
    nameless = cast.nameless(name) and mention.gender is None  # "Ms. Gray" is someone
    if cast.kinds.get(name, "person") != "person" or name.lower() in PLACES or nameless:
        return None
    if cast.gender(name) or name in cast.speakers:
        return name
    group = name.endswith("s") and name[:-1].lower() in TITLE_WORDS  # "Democrats", "Senators"
    described = cast.people.roles.get(name, "").startswith(_DESCRIPTIONS)  # "Ada Lee, a delegate"
    described = described or at in cast.people.relative  # "from Ada Lee, whose farm …"
    return name if (rank <= 0 or described) and not group else None


def _body(cast: Cast, run: str, at: Position) -> str:
    """Whom an unnamed person speaks for ("for Harlow Mills"), as the article names it;
    "" for no one named."""
    mention = parse_mention(run) if run else None
    return cast.canonical(mention, at) if mention else ""


def _titled(run: str) -> str | None:
    """The sex a title gives a surname, here: "Mrs. Khan", not "Mr. Khan" named before."""
    mention = parse_mention(run)
    return mention.gender if mention and " " not in mention.name else None


def _speaker(cast: Cast, name: str) -> str | None:
    """A speaker who can be "he" or "she": a name, not a description ("the nominee"),
    nor the writer, who is "I" in their own piece."""
    first = name.split()[0].lower()
    writer = name in cast.authors
    if not name[:1].isupper() or first in _DETERMINERS or cast.nameless(name) or writer:
        return None
    return name if cast.kinds.get(name, "person") == "person" else None


# How an appositive that describes a person opens: "Ada Lee, a delegate from Ohio, …".
_DESCRIPTIONS = ("a ", "an ", "the ", "who ")
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"]
)
