"""Settings, themes and remembered state: plain Python, no Textual.

The app calls these; `reader config` and `reader themes` use the same:
- `load_settings()` -> Settings (SettingsError for a broken file: show it, keep defaults)
- `set_setting(name, value)` saves one change (SettingsError: the file is broken and is
  not written; SettingValueError: refused, with the allowed values; OSError: unwritable);
  `reset_setting(name)` takes one out; `change_setting` keeps it for the session when
  the file cannot be written, with the reason
- `load_themes()` -> ThemeSet; `.resolve(name)` -> (ThemeSpec, problem or None)
- `document_key(content)`, `load_state(key)`, `save_state(key, DocumentState(...))`
"""

from __future__ import annotations

from reader.config.settings import DEFAULTS, OPTIONS, Settings
from reader.config.settings_file import SettingsError, load_settings
from reader.config.settings_save import SettingValueError, change_setting, set_setting
from reader.config.state import DocumentState, document_key, load_state, save_state
from reader.config.themes import ThemeSet, fallback_theme, load_themes

__all__ = [
    "DEFAULTS",
    "OPTIONS",
    "DocumentState",
    "SettingValueError",
    "Settings",
    "SettingsError",
    "ThemeSet",
    "change_setting",
    "document_key",
    "fallback_theme",
    "load_settings",
    "load_state",
    "load_themes",
    "save_state",
    "set_setting",
]
