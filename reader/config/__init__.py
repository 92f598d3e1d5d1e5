"""Settings, themes and remembered state: plain Python, no Textual.

The app calls `load_settings()`, `set_setting()`, `load_themes()` and the `state`
functions; the command line `reader config` and `reader themes` use the same.
"""

from __future__ import annotations

from reader.config.settings import DEFAULTS, Settings
from reader.config.settings_file import (
    SettingsError,
    SettingValueError,
    load_settings,
    set_setting,
)

__all__ = [
    "DEFAULTS",
    "SettingValueError",
    "Settings",
    "SettingsError",
    "load_settings",
    "set_setting",
]
