"""The reader's key bindings, made from `reader.config.actions` (declared there once)."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding, BindingType

from reader.config.actions import ARTICLE, COMMENT, SCREEN, TREE, Action


def bindings(actions: Iterable[Action]) -> list[BindingType]:
    """Textual bindings, each with its action's id so a keymap can rebind it."""
    return [
        Binding(a.keys, a.action, a.description, show=a.show, id=a.id, tooltip=a.help)
        for a in actions
    ]


SCREEN_BINDINGS = bindings(SCREEN)
ARTICLE_BINDINGS = bindings(ARTICLE)
TREE_BINDINGS = bindings(TREE)
COMMENT_BINDINGS = bindings(COMMENT)

_SHOWN = {"slash": "/", "comma": ",", "question_mark": "?", "left_square_bracket": "["}
_SHOWN |= {"right_square_bracket": "]", "left_curly_bracket": "{", "right_curly_bracket": "}"}
_SHOWN |= {"plus": "+", "minus": "-"}


def key_names(keys: str) -> str:
    """Keys as a person reads them: "slash,ctrl+f" -> "/, ctrl+f"."""
    return ", ".join(_SHOWN.get(k.strip(), k.strip()) for k in keys.split(","))
