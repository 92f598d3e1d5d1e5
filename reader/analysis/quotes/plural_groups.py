"""Whom "they" stands for: two people named together ("Lena and Marta Kowalczyk") when
no body is named after them; when no body is near, a group the narration names in the
plural heading a sentence ("The Thorpes have run the shop …", "The Okonedos moved …")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import TYPE_CHECKING

from reader.analysis.quotes.antecedents import BLOCKS_BACK
from reader.analysis.quotes.people import Position

if TYPE_CHECKING:
    from reader.analysis.quotes.speakers import Cast


_at = itemgetter(0)  # an intro's position, to bisect the intros by


def plural_group(cast: Cast, pos: Position) -> str | None:
    """The last group named "The" and one capitalised plural, heading a clause of the
    pronoun's paragraph or the one before, before ``pos``."""
    found: tuple[Position, str] | None = None
    for at, run, rank in cast.people.mentions:
        if rank != 0 or not pos[0] - 1 <= at[0] or at >= pos:
            continue
        words = run.split()
        if len(words) == 2 and words[0] == "The" and plural(words[1]):
            found = max(found or (at, words[1]), (at, words[1]))
    return found[1] if found else None


def plural(word: str) -> bool:
    """ "Thorpes", "Okonedos", "Democrats"; not "Ross", "Marcus", "Davis"."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def named_pair(cast: Cast, pos: Position) -> str | None:
    """The last two people named together within the paragraphs "he" is searched in,
    when no body is named or heard from between them and ``pos``."""
    near = pos[0] - BLOCKS_BACK
    pairs = [(at, pair) for at, pair in cast.people.pairs if near <= at[0] and at < pos]
    if not pairs:
        return None
    at, pair = pairs[-1]
    intros = cast.people.intros  # in text order: those between the pair and ``pos``
    between = intros[bisect_right(intros, at, key=_at) : bisect_left(intros, pos, key=_at)]
    named = [p for p, m in between if m.kind == "organisation"]
    k = bisect_right(cast.heard, at, key=_at)  # the first body heard from after the pair
    heard = [p for p, _ in cast.heard[k : k + 1]]
    nearer = any(at < p < pos for p in named + heard) or _plural_opens(cast, at, pos)
    return None if nearer else pair


def _plural_opens(cast: Cast, at: Position, pos: Position) -> bool:
    """A plural noun opens a sentence between ``at`` and ``pos`` ("Volunteers walked …",
    "Neighbours brought …"): a group nearer than the pair that "they" may stand for."""
    mentions = cast.people.mentions
    low, high = bisect_right(mentions, at, key=_at), bisect_left(mentions, pos, key=_at)
    return any(cast.people.opens(p) and plural(run) for p, run, _ in mentions[low:high])
