"""The settings: a typed, frozen object, its defaults and the values each one allows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from reader.config.actions import ACTION_IDS, BY_ID
from reader.config.key_clashes import meet, split_keys

THEME_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")  # a plain name, never a path
KEY_NAME = re.compile(r"[A-Za-z0-9_+-]+")  # one Textual key, e.g. "ctrl+q", "question_mark"
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


@dataclass(frozen=True, slots=True)
class Option:
    """One setting: its type, what it allows and a line for the settings screen."""

    name: str
    kind: type
    help: str
    choices: tuple[str, ...] = ()
    low: int = 0
    high: int = 0

    def allowed(self) -> str:
        if self.choices:
            return ", ".join(self.choices)
        if self.kind is bool:
            return "true, false"
        if self.kind is int:
            return f"a whole number from {self.low} to {self.high}"
        return "a theme name (see `reader themes`)"


def setting(
    default: Any, help: str, choices: tuple[str, ...] = (), low: int = 0, high: int = 0
) -> Any:
    """A field of `Settings` with what the settings screen and the checks need: declared
    once, here, beside the field."""
    return field(default=default, metadata={"option": (help, choices, low, high)})


@dataclass(frozen=True, slots=True)
class Settings:
    theme: str = setting("dark", "colour theme")
    reading_width: int = setting(76, "columns of article text, at most", low=30, high=400)
    justify: bool = setting(False, "justify article paragraphs")
    show_boilerplate: bool = setting(False, "show site chrome (navigation, counters)")
    show_captions: bool = setting(True, "show photo captions")
    comment_order: str = setting("page", "order of comments", ("page", "oldest", "newest"))
    comment_tree: str = setting("open", "comment threads start", ("open", "closed"))
    layout: str = setting("side-by-side", "article and comments", ("side-by-side", "stacked"))
    comment_preview_words: int = setting(8, "words in a comment's tree line", low=1, high=60)
    keys: dict[str, str] = field(default_factory=dict)  # action id -> "key,key"

    def keymap(self) -> dict[str, str]:
        """The `[keys]` table as `App.set_keymap()` takes it."""
        return dict(self.keys)

    def rows(self) -> list[tuple[str, str]]:
        """(name, value) for each setting but the keys, for display."""
        return [(name, format_value(getattr(self, name))) for name in OPTIONS]

    def with_value(self, name: str, value: Any) -> Settings:
        """A copy with `name` set; ValueError when the key is another action's already."""
        if name.startswith("keys."):
            if clash := key_clash(self.keys, name[5:], value):
                key, owner = clash
                raise ValueError(f"keys.{name[5:]}: {key!r} is already the key of {owner}")
            return replace(self, keys={**self.keys, name[5:]: value})
        return replace(self, **{name: value})

    def without(self, name: str) -> Settings:
        """`name` back to its default ("keys.quit": the binding's own keys)."""
        if name.startswith("keys."):
            return replace(self, keys={k: v for k, v in self.keys.items() if k != name[5:]})
        return replace(self, **{name: getattr(DEFAULTS, name)})


DEFAULTS = Settings()
OPTIONS: dict[str, Option] = {
    f.name: Option(f.name, type(f.default), *f.metadata["option"])
    for f in fields(Settings)
    if "option" in f.metadata
}


def format_value(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def check(name: str, value: object) -> object:
    """`value` if setting `name` allows it (TOML types), else ValueError saying what it allows."""
    if name.startswith("keys."):
        return check_keys(name[5:], value)
    option = OPTIONS[name]
    ok = type(value) is option.kind
    if ok and option.kind is int and isinstance(value, int):
        ok = option.low <= value <= option.high
    elif ok and option.choices:
        ok = value in option.choices
    elif ok and name == "theme":
        ok = THEME_NAME.fullmatch(str(value)) is not None
    if not ok:
        raise ValueError(f"{name} must be {option.allowed()}, not {value!r}")
    return value


def key_clash(keys: dict[str, str], action: str, value: str) -> tuple[str, str] | None:
    """(key, the other action) when one of `value`'s keys is given in `keys` already to an
    action it meets (one of its part, or the screen's: `key_clashes.meet`)."""
    scope = BY_ID[action].scope
    table = {a: k for a, k in keys.items() if a in BY_ID and meet(scope, BY_ID[a].scope)}
    wanted = split_keys(value)
    for other, bound in table.items():
        taken = set(split_keys(bound))
        for key in wanted:
            if other != action and key in taken:
                return key, other
    return None


def check_keys(action: str, value: object) -> str:
    if action not in ACTION_IDS:
        raise KeyError(action)
    keys = value.split(",") if isinstance(value, str) else []
    if not keys or not all(KEY_NAME.fullmatch(k.strip()) for k in keys):
        allowed = 'keys separated by commas ("ctrl+q,q")'
        raise ValueError(f"keys.{action} must be {allowed}, not {value!r}")
    return ",".join(k.strip() for k in keys)


def parse(name: str, text: str) -> object:
    """A value typed on the command line, as the TOML value it stands for."""
    kind = str if name.startswith("keys.") else OPTIONS[name].kind
    word = text.strip().lower()
    if kind is bool and word in _TRUE | _FALSE:
        return word in _TRUE
    if kind is int and re.fullmatch(r"[+-]?\d+", word):
        return int(word)
    return text
