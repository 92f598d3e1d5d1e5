"""Which keys may go together: two actions meet when their keys can be pressed at one
time (one part of the screen, or the screen and a part), and a key is never given to two
actions that meet. Settings check a `[keys]` table with it, the keys screen a new key."""

from __future__ import annotations

from collections.abc import Mapping

from reader.config.actions import ALL, BY_ID


def meet(one: str, other: str) -> bool:
    """Whether keys of these two scopes can be pressed at one time (the panel keeps to itself)."""
    return one == other or ("screen" in (one, other) and "speakers" not in (one, other))


def split_keys(keys: str) -> list[str]:
    return [k.strip() for k in keys.split(",") if k.strip()]


def bound(keymap: Mapping[str, str]) -> dict[str, str]:
    """Each action's keys: the `[keys]` table's, else its own."""
    return {a.id: keymap.get(a.id, a.keys) for a in ALL}


def clash(keymap: Mapping[str, str], action: str, keys: str) -> tuple[str, str] | None:
    """(key, the action that has it) when giving `action` these keys would take a key from
    another action it meets: one of its part, or the screen's (or, for the screen, any)."""
    scope = BY_ID[action].scope
    for other, their_keys in bound(keymap).items():
        if other == action or not meet(scope, BY_ID[other].scope):
            continue
        taken = set(split_keys(their_keys))
        for key in split_keys(keys):
            if key in taken:
                return key, other
    return None
