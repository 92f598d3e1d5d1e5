"""The themes: shipped ones from the `themes/` folder, the user's beside settings.toml.

`load_themes()` returns every theme that loaded and one failure per file that did not
(posting's `load_user_themes`); `ThemeSet.resolve()` falls back to a theme that works.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import reader
from reader import locations
from reader.config.config_file import parse_toml, read_text
from reader.config.settings import DEFAULTS, THEME_NAME
from reader.config.theme_parse import StyleCheck, parse_theme
from reader.config.theme_spec import ThemeError, ThemeSpec
from reader.model.clean import one_line


@cache
def fallback_theme() -> ThemeSpec:
    """The theme used when neither the chosen nor the default theme loads."""
    colors = {"primary": "#0178d4", "foreground": "#e0e0e0", "background": "#1e1e1e"}
    data = {"description": "used when no theme loads", "dark": True, "colors": colors}
    return parse_theme("fallback", data | {"pygments_style": "reader-terminal"})


@dataclass(frozen=True, slots=True)
class ThemeFailure:
    path: Path
    message: str

    def __str__(self) -> str:
        return one_line(f"{self.path}: {self.message}")


@dataclass(slots=True)
class ThemeSet:
    themes: dict[str, ThemeSpec] = field(default_factory=dict)
    failed: list[ThemeFailure] = field(default_factory=list)

    def resolve(self, name: str) -> tuple[ThemeSpec, str | None]:
        """The theme `name`, or a fallback and a one-line reason to notify the user of."""
        if name in self.themes:
            return self.themes[name], None
        fallback = self.themes.get(DEFAULTS.theme) or fallback_theme()
        failure = next((f for f in self.failed if f.path.stem == name), None)
        why = f"theme {name!r} failed to load: {failure}" if failure else f"no theme {name!r}"
        return fallback, f"{why}; using {fallback.name!r}"


def shipped_themes_dir() -> Path:
    """`reader/themes` inside a wheel, or the project's top-level `themes/` (editable)."""
    packaged = Path(reader.__file__).parent / "themes"
    return packaged if packaged.is_dir() else Path(reader.__file__).parent.parent / "themes"


def load_theme_file(path: Path, check_style: StyleCheck | None = None) -> ThemeSpec:
    """One theme file; ThemeError says what is wrong with it (check_style: see parse_theme)."""
    if not THEME_NAME.fullmatch(path.stem):
        raise ThemeError(f"{path.stem!r} is not a plain theme name")
    try:
        data = parse_toml(read_text(path))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ThemeError(str(error)) from error
    return parse_theme(path.stem, data, str(path), check_style)


def load_themes(
    user_dir: Path | None = None,
    names: Iterable[str] | None = None,
    check_style: StyleCheck | None = None,
) -> ThemeSet:
    """Shipped themes, then the user's (a user theme of the same name wins).

    With `names`, only those themes: what the app needs before its first paint; the rest
    load after it. `check_style` (render.highlight.style_class) refuses a theme whose
    pygments style is unknown; without it the style is not checked (no pygments import).
    """
    found = ThemeSet()
    user_dir = user_dir or locations.user_themes_dir()
    wanted = None if names is None else {n for n in names if THEME_NAME.fullmatch(n)}
    for folder in (shipped_themes_dir(), user_dir):
        if wanted is None:
            paths = sorted(folder.glob("*.toml")) if folder.is_dir() else []
        else:
            paths = [p for n in sorted(wanted) if (p := folder / f"{n}.toml").is_file()]
        for path in paths:
            try:
                found.themes[path.stem] = load_theme_file(path, check_style)
            except ThemeError as error:
                found.failed.append(ThemeFailure(path, str(error)))
    return found


def theme_path(name: str) -> Path:
    """Where a user theme `name` lives; a name that is a path is refused (ValueError)."""
    if not THEME_NAME.fullmatch(name):
        raise ValueError(f"a theme name is a plain name, not {name!r}")
    return locations.user_themes_dir() / f"{name}.toml"
