"""Where reader keeps files of its own. Tests point these elsewhere (monkeypatch)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_path, user_config_path, user_state_path


def cache_dir() -> Path:
    """The cache of fetched web pages: ``user_cache_path("reader")``."""
    return user_cache_path("reader")


def config_dir() -> Path:
    """settings.toml and the user's ``themes`` folder (honours XDG_CONFIG_HOME)."""
    return user_config_path("reader")


def state_dir() -> Path:
    """What reader remembers per document (honours XDG_STATE_HOME)."""
    return user_state_path("reader")


def settings_path() -> Path:
    return config_dir() / "settings.toml"


def user_themes_dir() -> Path:
    return config_dir() / "themes"
