"""A theme file parsed and checked: Textual colours, our element styles, a pygments style.

```toml
description = "Warm sepia, like paper"
dark = false
pygments_style = "solarized-light"   # a pygments style, or "reader-terminal"
[colors]                             # primary, foreground and background are required
primary = "#8a5a2b"
[styles]                             # text styles and one colour; missing ones follow the text
quote = "italic #6b4f2a"
```
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.model.clean import one_line

COLORS = ("primary", "secondary", "accent", "foreground", "background", "surface", "panel")
COLORS += ("boost", "warning", "error", "success")
REQUIRED_COLORS = ("primary", "foreground", "background")
ELEMENTS = ("headline", "quote", "speaker", "caption", "byline", "boilerplate", "mention")
ELEMENTS += ("block-quote",)
TEXT_STYLES = frozenset({"bold", "italic", "underline", "dim", "reverse", "strike"})
ANSI = ("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white")
ANSI_COLORS = frozenset(
    {f"ansi_{c}" for c in ANSI} | {f"ansi_bright_{c}" for c in ANSI} | {"ansi_default"}
)
_HEX = frozenset("0123456789abcdefABCDEF")


class ThemeError(ValueError):
    """A theme file that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class ElementStyle:
    color: str
    text_style: str = "none"  # "bold italic", or "none"


@dataclass(frozen=True, slots=True)
class ThemeSpec:
    name: str
    description: str
    dark: bool
    colors: dict[str, str]
    styles: dict[str, ElementStyle]
    pygments_style: str
    ansi: bool = False  # uses the terminal's own colours
    source: str = ""  # the file it came from

    def variables(self) -> dict[str, str]:
        """For `textual.theme.Theme.variables`: `$quote`, `$quote-style`, … in TCSS."""
        names: dict[str, str] = {}
        for element, style in self.styles.items():
            names[element] = style.color
            names[f"{element}-style"] = style.text_style
        return names


def is_color(value: object) -> bool:
    if not isinstance(value, str):
        return False
    if value.startswith("#"):
        return len(value) in (4, 7, 9) and set(value[1:]) <= _HEX
    return value in ANSI_COLORS


def parse_style(value: object, default_color: str) -> ElementStyle:
    if not isinstance(value, str):
        raise ThemeError(f"a style is a string like 'bold #ffcc00', not {value!r}")
    words = value.split()
    colors = [w for w in words if w not in TEXT_STYLES]
    if len(colors) > 1 or (colors and not is_color(colors[0])):
        raise ThemeError(f"bad style {value!r}: text styles {sorted(TEXT_STYLES)} and one colour")
    text_style = " ".join(w for w in words if w in TEXT_STYLES) or "none"
    return ElementStyle(colors[0] if colors else default_color, text_style)


def parse_theme(
    name: str, data: dict[str, Any], source: str = "", check_style: bool = True
) -> ThemeSpec:
    """Check a theme file's table; ThemeError names the first problem.

    `check_style=False` leaves the pygments style unchecked (no pygments import: the app's
    first paint); `check_pygments_style` checks it later.
    """
    unknown = set(data) - {"description", "dark", "pygments_style", "colors", "styles"}
    if unknown:
        raise ThemeError(f"unknown key {sorted(unknown)[0]!r}")
    for key, kind in (("description", str), ("dark", bool), ("pygments_style", str)):
        if key not in data:
            raise ThemeError(f"{key!r} is missing")
        if type(data[key]) is not kind:
            raise ThemeError(f"{key!r} must be a {kind.__name__}")
    colors, styles = data.get("colors", {}), data.get("styles", {})
    if not isinstance(colors, dict) or not isinstance(styles, dict):
        raise ThemeError("[colors] and [styles] must be tables")
    for key in REQUIRED_COLORS:
        if key not in colors:
            raise ThemeError(f"colors.{key} is missing")
    for key, value in colors.items():
        if key not in COLORS:
            raise ThemeError(f"unknown colour {key!r}; the colours are {', '.join(COLORS)}")
        if not is_color(value):
            raise ThemeError(f"colors.{key} = {value!r} is not '#rrggbb' or an ansi_ colour")
    for key in styles:
        if key not in ELEMENTS:
            raise ThemeError(f"unknown style {key!r}; the styles are {', '.join(ELEMENTS)}")
    if check_style:
        check_pygments_style(data["pygments_style"])
    text = colors["foreground"]
    return ThemeSpec(
        name=name,
        description=one_line(data["description"]),  # shown in lists: one clean line
        dark=data["dark"],
        colors=dict(colors),
        styles={e: parse_style(styles.get(e, ""), text) for e in ELEMENTS},
        pygments_style=data["pygments_style"],
        ansi=any(str(v).startswith("ansi_") for v in colors.values()),
        source=source,
    )


def check_pygments_style(name: str) -> None:
    """ThemeError unless `name` is a pygments style (or ours); imports pygments."""
    from reader.render.highlight import style_class

    try:
        style_class(name)
    except ValueError as error:
        raise ThemeError(str(error)) from None
