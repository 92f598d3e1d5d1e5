"""Themes in the app: register them, pick the chosen one, and the styles of spans in text.

Colours of whole widgets come from TCSS (`$headline`, `$quote`, …); spans inside a text
(quotes, speaker names, @mentions) are Rich styles, built here from the same theme.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from reader.config.theme_spec import ElementStyle, ThemeSpec
from reader.config.themes import ThemeSet

if TYPE_CHECKING:
    from textual.app import App

Palette = Mapping[str, str]  # element name ("quote", "speaker", …) -> Rich style

DEFAULT_PALETTE: Palette = {
    "headline": "bold",
    "quote": "italic #e5c07b",
    "scare": "#d7af87",
    "speaker": "bold #61afef",
    "caption": "dim italic",
    "byline": "dim",
    "boilerplate": "dim",
    "mention": "#c678dd",
    "block-quote": "italic",
}


def rich_color(color: str) -> str:
    """A theme colour ("#rgb", "#rrggbbaa", "ansi_bright_red") as Rich understands it."""
    if color.startswith("ansi_"):
        return "default" if color == "ansi_default" else color[5:]
    if len(color) == 4:  # #rgb
        return "#" + "".join(c * 2 for c in color[1:])
    return color[:7]


def rich_style(style: ElementStyle, extra: str = "") -> str:
    words = [] if style.text_style == "none" else style.text_style.split()
    return " ".join([*words, extra, rich_color(style.color)]).strip()


def palette_of(spec: ThemeSpec) -> Palette:
    """The Rich style of each element of `spec`, and "scare" (a quote's colour, plain)."""
    palette = {name: rich_style(style) for name, style in spec.styles.items()}
    if "quote" in spec.styles:
        palette["scare"] = rich_color(spec.styles["quote"].color)
    return {**DEFAULT_PALETTE, **palette}


def register_themes(app: App[object], themes: ThemeSet) -> None:
    """Every theme that loaded joins the app; one notification per theme that did not."""
    from reader.config.textual_theme import to_textual_theme

    for spec in themes.themes.values():
        app.register_theme(to_textual_theme(spec))
    for failure in themes.failed:
        app.notify(f"Theme not loaded: {failure}", severity="warning", timeout=8)


def choose_theme(app: App[object], themes: ThemeSet, name: str) -> ThemeSpec:
    """Make `name` the app's theme, or a fallback (with a notification); the spec used."""
    from reader.config.textual_theme import to_textual_theme

    spec, problem = themes.resolve(name)
    if problem:
        app.notify(problem, severity="warning", timeout=8)
    if spec.name not in app.available_themes:
        app.register_theme(to_textual_theme(spec))
    app.theme = spec.name
    return spec
