"""settings.toml: defaults, strict loading with the line and "did you mean", saving."""

from __future__ import annotations

import pytest
from config_helpers import isolate

from reader import locations
from reader.config import DEFAULTS, SettingsError, SettingValueError, load_settings, set_setting

THEMES = ["dark", "light", "paper"]


@pytest.fixture(autouse=True)
def _own_folders(tmp_path, monkeypatch) -> None:
    isolate(tmp_path, monkeypatch)


def write(text: str) -> bytes:
    path = locations.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path.read_bytes()


def test_no_file_gives_the_defaults() -> None:
    assert load_settings() == DEFAULTS
    assert not locations.settings_path().exists()


def test_the_path_honours_xdg_config_home(tmp_path, monkeypatch) -> None:
    monkeypatch.undo()  # the real locations module, not the fixture's
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert locations.settings_path() == tmp_path / "reader" / "settings.toml"


def test_values_are_read_with_their_types() -> None:
    write(
        'theme = "paper"\nreading_width = 90\njustify = true\ncomment_order = "newest"\n'
        'layout = "stacked"\ncomment_tree = "closed"\n[keys]\nquit = "ctrl+q, q"\n'
    )
    settings = load_settings()
    assert (settings.theme, settings.reading_width, settings.justify) == ("paper", 90, True)
    assert (settings.comment_order, settings.layout) == ("newest", "stacked")
    assert settings.comment_tree == "closed"
    assert settings.keymap() == {"quit": "ctrl+q,q"}


def test_set_then_load_round_trip() -> None:
    set_setting("theme", "paper", themes=THEMES)
    set_setting("reading_width", "100")
    set_setting("show_captions", "no")
    set_setting("keys.search", "f")
    settings = load_settings()
    assert settings.theme == "paper" and settings.reading_width == 100
    assert settings.show_captions is False and settings.keymap() == {"search": "f"}
    assert set_setting("justify", True).justify is True


def test_bad_toml_reports_the_line() -> None:
    write('theme = "dark"\nreading_width = \n')
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.line == 2
    assert str(caught.value).startswith(f"{locations.settings_path()}:2: ")


def test_unknown_key_says_did_you_mean_and_where() -> None:
    write('theme = "dark"\n\nreading_widht = 80\n')
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.line == 3
    assert "unknown setting 'reading_widht' (did you mean 'reading_width'?)" in str(caught.value)


def test_unknown_action_in_keys() -> None:
    write('[keys]\nspeakrs = "s"\n')
    with pytest.raises(SettingsError, match=r"did you mean 'speakers'") as caught:
        load_settings()
    assert caught.value.line == 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("reading_width = '80'\n", "reading_width must be a whole number"),
        ("reading_width = 5\n", "from 30 to 400"),
        ("justify = 1\n", "justify must be true, false"),
        ("comment_order = 'random'\n", "page, oldest, newest"),
        ("theme = '../../etc/passwd'\n", "theme must be a theme name"),
        ("keys = 'q'\n", "keys must be a table"),
        ("[keys]\nquit = ''\n", "keys separated by commas"),
    ],
)
def test_wrong_types_and_values(text: str, words: str) -> None:
    write(text)
    with pytest.raises(SettingsError, match=words):
        load_settings()


def test_set_refuses_on_a_broken_file_and_leaves_it_byte_for_byte() -> None:
    before = write('# mine\ntheme = "dark"\nreading_widht = 80\n')
    with pytest.raises(SettingsError, match="did you mean"):
        set_setting("reading_width", "90")
    assert locations.settings_path().read_bytes() == before
    assert [p.name for p in locations.config_dir().iterdir()] == ["settings.toml"]


def test_set_refuses_unknown_themes_settings_and_values() -> None:
    with pytest.raises(SettingValueError, match="the themes are: dark, light, paper"):
        set_setting("theme", "neon", themes=THEMES)
    with pytest.raises(SettingValueError, match="did you mean 'layout'"):
        set_setting("layot", "stacked")
    with pytest.raises(SettingValueError, match="side-by-side, stacked"):
        set_setting("layout", "diagonal")
    with pytest.raises(SettingValueError, match=r"did you mean 'keys\.quit'"):
        set_setting("keys.quti", "q")
    assert not locations.settings_path().exists()


def test_set_keeps_the_other_settings() -> None:
    write('layout = "stacked"\n')
    set_setting("justify", "yes")
    settings = load_settings()
    assert settings.layout == "stacked" and settings.justify is True


def test_two_actions_with_one_key_are_refused_with_the_line() -> None:
    write('[keys]\nsearch = "ctrl+f"\nspeakers = "s,ctrl+f"\n')
    with pytest.raises(SettingsError, match="'ctrl\\+f' is already the key of search") as caught:
        load_settings()
    assert caught.value.line == 3


def test_set_refuses_a_key_another_action_has_in_the_file() -> None:
    before = write('[keys]\nsearch = "ctrl+f"\n')
    with pytest.raises(SettingValueError, match="already the key of search"):
        set_setting("keys.help", "ctrl+f")
    assert locations.settings_path().read_bytes() == before
    set_setting("keys.search", "ctrl+f,f3")  # an action may keep its own key
    assert load_settings().keys == {"search": "ctrl+f,f3"}
