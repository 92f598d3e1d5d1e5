"""Saving is atomic: a read-only folder or a failed replace leaves the old file as it was."""

from __future__ import annotations

import os

import pytest
from config_helpers import can_make_read_only, isolate

from reader import locations
from reader.config import atomic as atomic_module
from reader.config import load_settings, set_setting


@pytest.fixture(autouse=True)
def _own_folders(tmp_path, monkeypatch) -> None:
    isolate(tmp_path, monkeypatch)


def existing_file() -> bytes:
    path = locations.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('# my settings\nlayout = "stacked"\n')
    return path.read_bytes()


def test_a_read_only_config_folder_refuses_and_keeps_the_file(monkeypatch) -> None:
    before = existing_file()
    folder = locations.config_dir()
    if can_make_read_only(folder):
        folder.chmod(0o500)
    else:  # root writes anyway: simulate what a read-only folder does to the replace

        def refuse(*_: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(atomic_module.os, "replace", refuse)
    try:
        with pytest.raises(PermissionError):
            set_setting("justify", "true")
    finally:
        folder.chmod(0o700)
    assert locations.settings_path().read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["settings.toml"]  # no temporary left
    assert load_settings().justify is False


def test_a_failed_write_removes_its_temporary_file(monkeypatch) -> None:
    before = existing_file()

    def full_disk(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_module.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        set_setting("justify", "true")
    assert locations.settings_path().read_bytes() == before
    assert sorted(p.name for p in locations.config_dir().iterdir()) == ["settings.toml"]


def test_saving_creates_the_folder() -> None:
    set_setting("reading_width", 60)
    assert locations.settings_path().read_text() == "reading_width = 60\n"
    assert os.stat(locations.settings_path()).st_size > 0


def test_the_action_ids_are_the_apps_binding_ids() -> None:
    from reader.config.actions import ACTION_IDS
    from reader.ui import keys
    from reader.ui.widgets.speakers_panel import SpeakersPanel

    groups = (keys.SCREEN_BINDINGS, keys.ARTICLE_BINDINGS, keys.COMMENT_BINDINGS)
    groups += (keys.TREE_BINDINGS, SpeakersPanel.BINDINGS)
    ids = {getattr(b, "id", None) for group in groups for b in group}
    assert set(ACTION_IDS) == ids
