"""The keys a reader can rebind: each action's keys now, and why a key cannot be one's.

A key is refused when another action has it, when the reader's widgets or Textual use it
for themselves (the article's j/k, the comment tree's a/o/p, tab, ctrl+p, …: a focused
widget's binding wins over the screen's, so the action would never run there), or when
settings.toml cannot hold it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from reader.config.actions import ACTION_IDS, BY_ID
from reader.config.settings import KEY_NAME, key_clash
from reader.ui.keys import key_names

FIXED = {  # keys Textual and the reader's widgets take before any binding of ours
    "enter": "the app's key for opening and selecting",
    "tab": "the app's key for moving the focus",
    "shift+tab": "the app's key for moving the focus back",
    "ctrl+c": "the app's key for copying text",
    App.COMMAND_PALETTE_BINDING: "the app's key for the command palette",
}


@dataclass(frozen=True, slots=True)
class KeyRow:
    action: str  # the binding id, as in the [keys] table
    keys: str  # its keys now ("slash", "ctrl+f,f")
    default: str  # its own keys
    help: str

    @property
    def changed(self) -> bool:
        return self.keys != self.default


def key_row(action: str, keymap: Mapping[str, str]) -> KeyRow:
    """One rebindable action with the `[keys]` table applied."""
    own = BY_ID[action]
    return KeyRow(action, keymap.get(action, own.keys), own.keys, own.line)


def key_rows(keymap: Mapping[str, str]) -> list[KeyRow]:
    """Every rebindable action, in the help screen's order."""
    return [key_row(action, keymap) for action in ACTION_IDS]


def _bindings(node: type[DOMNode]) -> Iterator[tuple[str, Binding]]:
    for cls in node.__mro__:
        if bindings := cls.__dict__.get("BINDINGS"):
            for key, found in BindingsMap(bindings).key_to_bindings.items():
                yield key, found[0]


@cache
def reserved() -> dict[str, str]:
    """Keys nobody may rebind to: key -> whose key it is, for what."""
    from textual.screen import Screen

    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.comment_tree import CommentTree

    found = dict(FIXED)
    owners = (("app", App), ("app", Screen), ("article", ArticleView))
    for owner, node in (*owners, ("comment tree", CommentTree)):
        for key, binding in _bindings(node):
            what = binding.description or binding.action.replace("_", " ")
            found.setdefault(key, f"the {owner}'s key for {what.lower()}")
    return found


def refusal(action: str, keys: str, keymap: Mapping[str, str]) -> str | None:
    """Why `action` cannot have `keys` (comma-separated), or None when it can."""
    bound = {row.action: row.keys for row in key_rows(keymap)}  # the [keys] table applied
    for key in keys.split(","):
        shown = key_names(key)
        if not KEY_NAME.fullmatch(key):
            return f"{shown!r} cannot be saved as a key: choose a letter, digit or named key"
        if whose := reserved().get(key):
            return f"{shown} is {whose}: choose another"
        if clash := key_clash(bound, action, key):
            return f"{shown} is already the key of {clash[1]}: give it another key first"
    return None
