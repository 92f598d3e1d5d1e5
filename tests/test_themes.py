"""Themes: the shipped six, user themes beside settings.toml, failures and the fallback."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from config_helpers import GOOD_THEME as GOOD
from config_helpers import isolate

from reader import locations
from reader.config.theme_spec import ELEMENTS
from reader.config.themes import load_theme_file, load_themes, shipped_themes_dir, theme_path
from reader.ui.textual_theme import to_textual_theme

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _own_folders(tmp_path, monkeypatch) -> None:
    isolate(tmp_path, monkeypatch)


def user_theme(name: str, text: str) -> Path:
    path = locations.user_themes_dir() / f"{name}.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_the_six_shipped_themes_load() -> None:
    themes = load_themes()
    assert themes.failed == []
    names = {"light", "dark", "paper", "high-contrast", "terminal"}
    assert names <= set(themes.themes) and len(themes.themes) >= 6
    for spec in themes.themes.values():
        assert spec.description and set(spec.styles) == set(ELEMENTS)
    assert themes.themes["terminal"].ansi and themes.themes["terminal"].colors["background"] == (
        "ansi_default"
    )
    assert not themes.themes["paper"].dark


def test_the_themes_ship_inside_the_wheel() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    force = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["themes"] == "reader/themes"
    assert shipped_themes_dir() in (ROOT / "themes", ROOT / "reader" / "themes")


def test_a_user_theme_is_added() -> None:
    user_theme("mine", GOOD)
    spec = load_themes().themes["mine"]
    assert spec.styles["quote"].color == "#aa0000" and spec.styles["quote"].text_style == "italic"
    assert spec.styles["speaker"].color == "#000"  # a missing style follows the text colour
    assert spec.variables()["quote-style"] == "italic"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("description = \n", "Invalid value"),
        (GOOD.replace('description = "Mine"\n', ""), "'description' is missing"),
        (GOOD.replace('background = "#ffffff"', 'background = "#fffff"'), "colors.background"),
        (GOOD.replace('"#112233"', '"blue-ish"'), "colors.primary"),
        (GOOD.replace('"friendly"', '"no-such-style"'), "unknown pygments style"),
        (GOOD.replace("quote =", "quotes ="), "unknown style 'quotes'"),
        (GOOD.replace("dark = false", "dark = 'no'"), "'dark' must be a bool"),
        (GOOD + 'headline = "bold red green"\n', "bad style"),
        (GOOD + 'hit = "bold on"\n', "'on' takes a colour"),
        ('threads = "#ffffff"\n' + GOOD, "threads must be a list of colours"),
    ],
)
def test_a_theme_that_fails_gives_a_failure_and_the_fallback(text: str, words: str) -> None:
    from reader.render.highlight import style_class

    path = user_theme("broken", text)
    themes = load_themes(check_style=style_class)
    assert "broken" not in themes.themes
    [failure] = themes.failed
    assert failure.path == path and words in failure.message
    spec, problem = themes.resolve("broken")
    assert spec.name == "dark"
    assert problem is not None and "theme 'broken' failed to load" in problem
    assert words in problem and "using 'dark'" in problem


def test_an_unknown_theme_falls_back_too() -> None:
    spec, problem = load_themes().resolve("neon")
    assert spec.name == "dark" and problem == "no theme 'neon'; using 'dark'"
    assert load_themes().resolve("paper") == (load_themes().themes["paper"], None)


@pytest.mark.parametrize("name", ["../dark", "a/b", "..", "/etc/passwd", ".hidden", ""])
def test_a_theme_name_is_never_a_path(name: str) -> None:
    with pytest.raises(ValueError, match="plain name"):
        theme_path(name)


def test_a_theme_file_with_a_name_that_is_not_plain_is_refused(tmp_path) -> None:
    path = tmp_path / "bad name.toml"
    path.write_text(GOOD)
    with pytest.raises(ValueError, match="plain theme name"):
        load_theme_file(path)


def test_a_theme_becomes_a_textual_theme() -> None:
    spec = load_themes().themes["paper"]
    theme = to_textual_theme(spec)
    assert theme.name == "paper" and theme.dark is False
    assert theme.background == "#f4ecd8" and theme.variables["quote"] == "#7b3f1d"
    assert to_textual_theme(load_themes().themes["terminal"]).ansi is True


def test_every_theme_works_in_a_textual_app() -> None:
    import asyncio

    from textual.app import App, ComposeResult
    from textual.widgets import Static

    from reader.config.themes import fallback_theme

    class Themed(App[None]):
        CSS = "Static { color: $quote; text-style: $quote-style; background: $background; }"

        def get_theme_variable_defaults(self) -> dict[str, str]:
            return fallback_theme().variables()

        def compose(self) -> ComposeResult:
            yield Static("“Quoted”")

    async def colours() -> dict[str, str]:
        seen = {}
        app = Themed()
        async with app.run_test() as pilot:
            for spec in load_themes().themes.values():
                app.register_theme(to_textual_theme(spec))
                app.theme = spec.name
                await pilot.pause()
                seen[spec.name] = str(app.query_one(Static).styles.text_style)
        return seen

    seen = asyncio.run(colours())
    assert seen["high-contrast"] == "bold" and seen["dark"] == "none" and "terminal" in seen
