"""The keys a reader can rebind: each action's keys now, and why a key cannot be one's.

A key is refused when another action it meets has it (`key_clashes.clash`: one of its part,
or the screen's), when Textual keeps it for itself (tab, ctrl+p, enter, a scroll view's
arrows…: a focused widget's binding wins over the screen's, so the action would never run
there), or when settings.toml cannot hold it. An action may always have its own keys.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from reader.config.actions import ACTION_IDS, BY_ID
from reader.config.key_clashes import clash
from reader.config.settings import KEY_NAME
from reader.ui.keys import key_names

FIXED = {  # keys Textual takes before any binding of ours
    "enter": "opening and selecting",
    "tab": "moving the focus",
    "shift+tab": "moving the focus back",
    "ctrl+c": "copying text",
    App.COMMAND_PALETTE_BINDING: "the command palette",
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
def textual_keys() -> dict[str, tuple[str, str]]:
    """The keys Textual and its widgets keep for themselves, beside the reader's actions:
    key -> (whose, what it does)."""
    from textual.screen import Screen

    from reader.ui.widgets.article_view import ArticleView
    from reader.ui.widgets.comment_tree import CommentTree
    from reader.ui.widgets.comment_view import CommentView

    found = {key: ("app", what) for key, what in FIXED.items()}
    owners = (("app", App), ("app", Screen), ("article", ArticleView))
    for owner, node in (*owners, ("comment", CommentView), ("comment tree", CommentTree)):
        for key, binding in _bindings(node):
            if binding.id not in BY_ID:  # the reader's own: its actions, rebindable
                what = (binding.description or binding.action.replace("_", " ")).lower()
                found.setdefault(key, (owner, what))
    return found


def reserved() -> dict[str, str]:
    """Keys nobody may rebind to: key -> whose key it is, for what."""
    return {key: f"the {who}'s key for {what}" for key, (who, what) in textual_keys().items()}


def refusal(action: str, keys: str, keymap: Mapping[str, str]) -> str | None:
    """Why `action` cannot have `keys` (comma-separated), or None when it can."""
    for key in keys.split(","):
        shown = key_names(key)
        if not KEY_NAME.fullmatch(key):
            return f"{shown!r} cannot be saved as a key: choose a letter, digit or named key"
        own = key in BY_ID[action].keys.split(",")
        if (whose := reserved().get(key)) and not own:
            return f"{shown} is {whose}: choose another"
        if found := clash(keymap, action, key):
            return f"{shown} is already the key of {found[1]}: give it another key first"
    return None
