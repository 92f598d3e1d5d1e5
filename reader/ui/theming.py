"""Themes in the app: register them, pick the chosen one, and Rich styles of a theme.

Colours of whole widgets come from TCSS (`$headline`, `$quote`, …); spans the lexer finds
inside a text (quotes, speaker names, @mentions, dates) take the theme's pygments style
(`reader.ui.highlighter`); the palette here styles the rest (the meta line, a credit).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.config.theme_spec import ElementStyle, ThemeSpec
from reader.config.themes import ThemeSet, fallback_theme
from reader.ui.textual_theme import to_textual_theme

if TYPE_CHECKING:
    from textual.app import App


@dataclass(frozen=True, slots=True)
class Palette:
    """The Rich style of each theme element ("quote", "hit", …) and the tree's depth colours."""

    styles: Mapping[str, str]
    threads: tuple[str, ...]

    def __getitem__(self, element: str) -> str:
        return self.styles[element]

    def thread(self, depth: int) -> str:
        return self.threads[depth % len(self.threads)]


def rich_color(color: str) -> str:
    """A theme colour ("#rgb", "#rrggbbaa", "ansi_bright_red") as Rich understands it."""
    if color.startswith("ansi_"):
        return "default" if color == "ansi_default" else color[5:]
    if len(color) == 4:  # #rgb
        return "#" + "".join(c * 2 for c in color[1:])
    return color[:7]


def rich_style(style: ElementStyle) -> str:
    words = [] if style.text_style == "none" else style.text_style.split()
    words.append(rich_color(style.color))
    if style.background is not None:
        words.append(f"on {rich_color(style.background)}")
    return " ".join(words)


def palette_of(spec: ThemeSpec) -> Palette:
    """The Rich style of each element of `spec`."""
    styles = {name: rich_style(style) for name, style in spec.styles.items()}
    return Palette(styles, tuple(rich_color(c) for c in spec.threads))


DEFAULT_PALETTE = palette_of(fallback_theme())


def register_themes(app: App[Any], themes: ThemeSet, chosen: str) -> None:
    """Every theme that loaded joins the app; one notification per theme that did not,
    but the `chosen` one, whose fallback's notification (`choose_theme`) says why."""
    for spec in themes.themes.values():
        app.register_theme(to_textual_theme(spec))
    for failure in themes.failed:
        if failure.path.stem != chosen:
            app.notify(f"Theme not loaded: {failure}", severity="warning", timeout=8)


def choose_theme(app: App[Any], themes: ThemeSet, name: str) -> ThemeSpec:
    """Make `name` the app's theme, or a fallback (with a notification); the spec used."""
    spec, problem = themes.resolve(name)
    if problem:
        app.notify(problem, severity="warning", timeout=8)
    if spec.name not in app.available_themes:
        app.register_theme(to_textual_theme(spec))
    app.theme = spec.name
    return spec
