"""settings.toml written: one setting changed or reset, atomically, never over a broken file.

`change_setting` is the app's way in: saved when it can be, else kept for the session
with the reason, which the settings screen shows.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

import tomli_w

from reader import locations
from reader.config.actions import ACTION_IDS
from reader.config.atomic import write_atomic
from reader.config.file_lock import locked
from reader.config.settings import OPTIONS, Settings, check, parse
from reader.config.settings_file import SettingsError, did_you_mean, read_table, validated


class SettingValueError(ValueError):
    """A setting or value refused by `set_setting`; the message lists what is allowed."""


def set_setting(
    name: str, value: object, path: Path | None = None, themes: Collection[str] | None = None
) -> Settings:
    """Change one setting ("theme", "keys.quit", …) and save; a str value is parsed.

    Raises SettingsError when the file is broken (it is left untouched),
    SettingValueError when the name or value is refused, OSError when it cannot write.
    """
    path = path or locations.settings_path()
    if isinstance(value, str):
        value = parse(name, value) if _known(name) else value
    if name == "theme":
        themes = themes if themes is not None else _theme_names()
        if value not in themes:
            names = ", ".join(sorted(themes))
            raise SettingValueError(f"unknown theme {value!r}; the themes are: {names}")
    with locked(path):  # from the read to the write: a change made meanwhile is kept
        raw, settings = _loaded(path, name)
        try:
            value = check(name, value)
            settings.with_value(name, value)  # refuses a key another action has in the file
        except ValueError as error:
            raise SettingValueError(str(error)) from None
        if name.startswith("keys."):
            raw.setdefault("keys", {})[name[5:]] = value
        else:
            raw[name] = value
        return _write(raw, path)


def reset_setting(name: str, path: Path | None = None) -> Settings:
    """Take one setting ("keys.quit", …) out of the file, back to its default; save.

    Raises as `set_setting` does; when the file does not hold it, nothing is written.
    """
    path = path or locations.settings_path()
    with locked(path):
        raw, settings = _loaded(path, name)
        table = raw.get("keys", {}) if name.startswith("keys.") else raw
        key = name[5:] if name.startswith("keys.") else name
        if key not in table:
            return settings
        del table[key]
        if not raw.get("keys", True):
            del raw["keys"]  # no empty [keys] table left behind
        return _write(raw, path)


def change_setting(
    current: Settings, name: str, value: object | None, themes: Collection[str] | None = None
) -> tuple[Settings, str | None]:
    """Set `name` (None: reset it) and save: (the settings now, why it was not saved).

    A broken or unwritable file keeps the change for this session only (the file stays
    as it is); SettingValueError, a refused value, is raised.
    """
    try:
        if value is None:
            return reset_setting(name), None
        return set_setting(name, value, themes=themes), None
    except (SettingsError, OSError) as error:
        kept = current.without(name) if value is None else current.with_value(name, value)
        return kept, f"Not saved (for this session only): {error}"


def _loaded(path: Path, name: str) -> tuple[dict[str, Any], Settings]:
    """The file's table and the settings it holds (SettingsError), before `name` changes
    (SettingValueError)."""
    raw, text = read_table(path)
    settings = validated(raw, text, path)
    if not _known(name):
        known = [*OPTIONS, *(f"keys.{a}" for a in ACTION_IDS)]
        raise SettingValueError(f"unknown setting {name!r}{did_you_mean(name, known)}")
    return raw, settings


def _known(name: str) -> bool:
    return name in OPTIONS or (name.startswith("keys.") and name[5:] in ACTION_IDS)


def _write(raw: dict[str, Any], path: Path) -> Settings:
    settings = validated(raw, "", path)
    write_atomic(path, tomli_w.dumps(raw).encode("utf-8"))
    return settings


def _theme_names() -> list[str]:
    from reader.config.themes import load_themes

    return sorted(load_themes().themes)
