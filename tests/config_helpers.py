"""Config and state folders of a test's own: the locations module patched, or XDG env."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import locations

GOOD_THEME = """description = "Mine"
dark = false
pygments_style = "friendly"
[colors]
primary = "#112233"
foreground = "#000"
background = "#ffffff"
[styles]
quote = "italic #aa0000"
"""


def isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point reader's config and state folders into tmp_path (an autouse fixture calls it)."""
    monkeypatch.setattr(locations, "config_dir", lambda: tmp_path / "config")
    monkeypatch.setattr(locations, "state_dir", lambda: tmp_path / "state")
    return tmp_path


def run_reader(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m reader ARGS` with XDG_CONFIG_HOME and XDG_STATE_HOME inside `home`."""
    env = os.environ | {
        "XDG_CONFIG_HOME": str(home / "xdg-config"),
        "XDG_STATE_HOME": str(home / "xdg-state"),
    }
    env.pop("COLORTERM", None)
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env
    )


def settings_file(home: Path) -> Path:
    """Where `run_reader` reads settings.toml."""
    return home / "xdg-config" / "reader" / "settings.toml"


def can_make_read_only(folder: Path) -> bool:
    """False when chmod does not stop us writing (running as root)."""
    folder.chmod(0o500)
    try:
        return not os.access(folder, os.W_OK)
    finally:
        folder.chmod(0o700)
