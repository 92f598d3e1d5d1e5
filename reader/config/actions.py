"""The ids of the app's key bindings, so settings can check a `[keys]` table without Textual.

tests/test_settings_keys.py checks this list against `reader.ui.keys`.
"""

from __future__ import annotations

ACTION_IDS: tuple[str, ...] = (
    "speakers",
    "comments",
    "next_embedded",
    "close_pane",
    "next",
    "previous",
    "search",
    "boilerplate",
    "open_in_browser",
    "back",
    "escape",
    "settings",
    "help",
    "quit",
)
