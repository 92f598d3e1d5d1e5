"""Whom "they" stands for when no body is near: a group the narration names in the plural
heading a sentence ("The Thorpes have run the shop …", "The Okonedos moved …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.quotes.people import Position

if TYPE_CHECKING:
    from reader.analysis.quotes.speakers import Cast


def plural_group(cast: Cast, pos: Position) -> str | None:
    """The last group named "The" and one capitalised plural, heading a clause of the
    pronoun's paragraph or the one before, before ``pos``."""
    found: tuple[Position, str] | None = None
    for at, run, rank in cast.people.mentions:
        if rank != 0 or not pos[0] - 1 <= at[0] or at >= pos:
            continue
        words = run.split()
        if len(words) == 2 and words[0] == "The" and _plural(words[1]):
            found = max(found or (at, words[1]), (at, words[1]))
    return found[1] if found else None


def _plural(word: str) -> bool:
    """ "Thorpes", "Okonedos", "Democrats"; not "Ross", "Marcus", "Davis"."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
