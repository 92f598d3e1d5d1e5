"""Where reader keeps files of its own. Tests point these elsewhere (monkeypatch)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_cache_path


def cache_dir() -> Path:
    """The cache of fetched web pages: ``user_cache_path("reader")``."""
    return user_cache_path("reader")
