"""settings.toml: read strictly and report problems with the line.

Writing is `settings_save`'s; a file that does not load here is never written over.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Collection
from pathlib import Path
from typing import Any

from reader import locations
from reader.config.actions import ACTION_IDS
from reader.config.config_file import parse_toml, read_text
from reader.config.settings import DEFAULTS, OPTIONS, Settings, check
from reader.model.clean import one_line


class SettingsError(Exception):
    """A settings file that cannot be used, or a value refused; says where and why."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        super().__init__(message)
        self.path, self.line, self.message = path, line, message

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return one_line(f"{where}: {self.message}")  # the path and the file's words, cleaned


def did_you_mean(word: str, known: Collection[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _line_of(text: str, key: str, table: str | None = None) -> int | None:
    """The line of `key = …` in `table` (None: the top level), by scanning the TOML text."""
    current: str | None = None
    assignment = re.compile(rf"""\s*["']?{re.escape(key)}["']?\s*=""")
    for number, line in enumerate(text.splitlines(), 1):
        header = re.match(r"\s*\[\s*([^\]]+?)\s*\]", line)
        if header:
            current = header.group(1).strip("\"'")
        elif current == table and assignment.match(line):
            return number
    return None


def read_table(path: Path) -> tuple[dict[str, Any], str]:
    """The file's TOML table and text ({} for no file); SettingsError if it does not parse."""
    try:
        text = read_text(path)
    except FileNotFoundError:
        return {}, ""
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(path, None, f"cannot read: {error}") from error
    try:
        return parse_toml(text), text
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column \d+\)", str(error))
        message = re.sub(r"\s*\(at line.*\)$", "", str(error)) or "not TOML"
        raise SettingsError(path, int(found.group(1)) if found else None, message) from error


def validated(raw: dict[str, Any], text: str, path: Path) -> Settings:
    """The settings a table holds; SettingsError names the line (found in `text`)."""
    settings = DEFAULTS
    for name, value in raw.items():
        if name == "keys":
            if not isinstance(value, dict):
                message = 'keys must be a table: [keys] then action = "key,key" lines'
                raise SettingsError(path, _line_of(text, name), message)
            for action, keys in value.items():
                settings = _apply(settings, f"keys.{action}", keys, text, path)
        elif name in OPTIONS:
            settings = _apply(settings, name, value, text, path)
        else:
            known = [*OPTIONS, "keys"]
            line = _line_of(text, name) or _line_of(text, name, name)
            message = f"unknown setting {name!r}{did_you_mean(name, known)}"
            raise SettingsError(path, line, message)
    return settings


def _apply(settings: Settings, name: str, value: Any, text: str, path: Path) -> Settings:
    table, key = ("keys", name[5:]) if name.startswith("keys.") else (None, name)
    try:
        return settings.with_value(name, check(name, value))
    except KeyError:
        message = f"unknown action {key!r} in [keys]{did_you_mean(key, ACTION_IDS)}"
        raise SettingsError(path, _line_of(text, key, table), message) from None
    except ValueError as error:
        raise SettingsError(path, _line_of(text, key, table), str(error)) from None


def load_settings(path: Path | None = None) -> Settings:
    """The settings in `path` (default: settings.toml), defaults when there is no file."""
    path = path or locations.settings_path()
    raw, text = read_table(path)
    return validated(raw, text, path)


def get_setting(settings: Settings, name: str) -> object:
    """The value of `name` ("theme", "keys", "keys.quit"); KeyError if there is none."""
    if name == "keys":
        return settings.keymap()
    if name.startswith("keys.") and name[5:] in ACTION_IDS:
        return settings.keys.get(name[5:], "")
    if name not in OPTIONS:
        raise KeyError(name)
    return getattr(settings, name)
