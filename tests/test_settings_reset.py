"""Resetting one setting in settings.toml, and the app's save-or-keep-for-the-session."""

from __future__ import annotations

import pytest
from config_helpers import isolate

from reader import locations
from reader.config import DEFAULTS, SettingsError, SettingValueError, change_setting
from reader.config.settings_save import reset_setting


@pytest.fixture(autouse=True)
def own_folders(tmp_path, monkeypatch):
    return isolate(tmp_path, monkeypatch)


def _file(text: str):
    path = locations.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_a_reset_takes_the_setting_out_and_an_empty_keys_table_with_it() -> None:
    path = _file('theme = "paper"\n\n[keys]\nsearch = "f"\nquit = "ctrl+x"\n')
    assert reset_setting("keys.search").keys == {"quit": "ctrl+x"}
    assert reset_setting("keys.quit").keys == {}
    assert reset_setting("theme").theme == DEFAULTS.theme
    assert path.read_text() == ""


def test_resetting_what_the_file_does_not_hold_writes_nothing() -> None:
    assert reset_setting("keys.search") == DEFAULTS
    assert not locations.settings_path().exists()


def test_a_broken_file_is_not_reset_and_a_bad_name_is_refused() -> None:
    path = _file('[keys]\nsearch = "f"\nserch = "g"\n')
    before = path.read_bytes()
    with pytest.raises(SettingsError, match="did you mean 'search'"):
        reset_setting("keys.search")
    assert path.read_bytes() == before
    _file("")
    with pytest.raises(SettingValueError, match=r"did you mean 'keys\.search'"):
        reset_setting("keys.serch")


def test_change_setting_saves_or_keeps_the_change_for_the_session() -> None:
    settings, problem = change_setting(DEFAULTS, "keys.search", "f")
    assert (settings.keys, problem) == ({"search": "f"}, None)
    assert change_setting(settings, "keys.search", None) == (DEFAULTS, None)
    path = _file("justify = maybe\n")
    settings, problem = change_setting(DEFAULTS, "keys.search", "f")
    assert settings.keys == {"search": "f"}
    assert problem is not None and problem.startswith("Not saved (for this session only): ")
    assert f"{path}:1" in problem
    settings, problem = change_setting(settings, "keys.search", None)
    assert settings.keys == {} and problem is not None
    assert path.read_text() == "justify = maybe\n"
