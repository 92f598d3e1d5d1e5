"""reader's own files read as a careless user or an attacker might leave them.

Settings, themes and state linked to /dev/zero or to a FIFO, nested past Python's
recursion limit, holding NaN, written by two `config set` at once, kept behind a
symbolic link or saved with a byte order mark.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from config_helpers import GOOD_THEME, isolate, run_reader, settings_file

from reader import locations
from reader.config import SettingsError, load_settings, set_setting
from reader.config.actions import ACTION_IDS
from reader.config.state import DocumentState, document_key, load_state
from reader.config.themes import load_themes

DEEP_TOML = "theme = " + "[" * 4000 + "]" * 4000 + "\n"
KEY = document_key("a page")


@pytest.fixture(autouse=True)
def _own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(tmp_path, monkeypatch)


def plant(path: Path, content: str | Path) -> Path:
    """A file at `path`: a FIFO for "fifo", a link for a Path, else that text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, Path):
        path.symlink_to(content)
    elif content == "fifo":
        os.mkfifo(path)
    else:
        path.write_text(content)
    return path


UNREADABLE = [Path("/dev/zero"), "fifo", DEEP_TOML]
NAMES = ["dev-zero", "fifo", "deep"]


@pytest.mark.parametrize("content", UNREADABLE, ids=NAMES)
def test_a_settings_file_that_cannot_be_read_is_one_error(content: str | Path) -> None:
    plant(locations.settings_path(), content)
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert "not a regular file" in str(error.value) or "nested too deeply" in str(error.value)


def test_a_settings_file_linked_to_dev_zero_is_one_line(tmp_path: Path) -> None:
    path = settings_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.symlink_to("/dev/zero")
    result = run_reader(tmp_path, "config", "get", "theme")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("reader: ") and "not a regular file" in result.stderr


@pytest.mark.parametrize("content", UNREADABLE, ids=NAMES)
def test_a_theme_that_cannot_be_read_is_a_failure_not_a_crash(content: str | Path) -> None:
    folder = locations.user_themes_dir()
    plant(folder / "good.toml", GOOD_THEME)
    plant(folder / "bad.toml", content)
    themes = load_themes(folder)
    assert "good" in themes.themes and [f.path.name for f in themes.failed] == ["bad.toml"]


@pytest.mark.parametrize(
    "content",
    ['{"position": NaN}', '{"position": Infinity}', '{"position": 1e999}', "[" * 100_000],
    ids=["nan", "infinity", "overflow", "deep"],
)
def test_a_state_file_that_does_not_read_is_a_fresh_state(content: str) -> None:
    plant(locations.state_dir() / "documents" / f"{KEY}.json", content)
    assert load_state(KEY) == DocumentState()


def test_a_state_file_linked_to_dev_zero_is_a_fresh_state() -> None:
    plant(locations.state_dir() / "documents" / f"{KEY}.json", Path("/dev/zero"))
    assert load_state(KEY) == DocumentState()


def test_a_settings_file_with_a_byte_order_mark_is_read() -> None:
    plant(locations.settings_path(), "").write_bytes(b'\xef\xbb\xbftheme = "paper"\n')
    assert load_settings().theme == "paper"


def test_config_set_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    kept = tmp_path / "dotfiles" / "reader.toml"
    kept.parent.mkdir()
    kept.write_text("justify = true\n")
    link = plant(locations.settings_path(), kept)
    set_setting("reading_width", "90")
    assert link.is_symlink() and load_settings().reading_width == 90
    assert kept.read_text() == "justify = true\nreading_width = 90\n"


def test_concurrent_config_sets_lose_no_update() -> None:
    actions = ACTION_IDS[:8]

    def bind(action: str, key: str) -> None:
        set_setting(f"keys.{action}", key)

    for round_ in range(4):
        threads = [
            threading.Thread(target=bind, args=(action, f"f{k + 1 + round_ % 2}"))
            for k, action in enumerate(actions)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(load_settings().keys) == sorted(actions), f"round {round_}"
        locations.settings_path().unlink()
