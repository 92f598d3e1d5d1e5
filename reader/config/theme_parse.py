"""A theme file parsed and checked: Textual colours, our element styles, a pygments style.

```toml
description = "Warm sepia, like paper"
dark = false
pygments_style = "solarized-light"   # a pygments style, or "reader-terminal"
[colors]                             # primary, foreground and background are required
primary = "#8a5a2b"
threads = ["#8a5a2b", "#5b7f2a"]     # the comment tree's depth colours, in turn
[styles]                             # text styles, one colour, "on" a background colour
quote = "italic #6b4f2a"             # missing ones follow the text (or reverse it: hits)
hit = "#2e2114 on #e8c66a"
```
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.config.theme_spec import (
    ANSI_COLORS,
    COLORS,
    ELEMENTS,
    REQUIRED_COLORS,
    TEXT_STYLES,
    UNSET,
    ElementStyle,
    ThemeError,
    ThemeSpec,
)
from reader.model.clean import one_line

_HEX = frozenset("0123456789abcdefABCDEF")


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
    background = None
    if "on" in words:
        at = words.index("on")
        background = words[at + 1] if at + 1 < len(words) else ""
        words = words[:at] + words[at + 2 :]
        if not is_color(background):
            raise ThemeError(f"bad style {value!r}: 'on' takes a colour")
    colors = [w for w in words if w not in TEXT_STYLES]
    if len(colors) > 1 or (colors and not is_color(colors[0])):
        raise ThemeError(f"bad style {value!r}: text styles {sorted(TEXT_STYLES)} and one colour")
    text_style = " ".join(w for w in words if w in TEXT_STYLES) or "none"
    return ElementStyle(colors[0] if colors else default_color, text_style, background)


def parse_threads(value: object, default: str) -> tuple[str, ...]:
    if value is None:
        return (default,)
    if not isinstance(value, list) or not value or not all(is_color(c) for c in value):
        raise ThemeError("threads must be a list of colours, like ['#61afef', '#98c379']")
    return tuple(value)


StyleCheck = Callable[[str], object]  # raises ValueError for a pygments style it does not know


def parse_theme(
    name: str, data: dict[str, Any], source: str = "", check_style: StyleCheck | None = None
) -> ThemeSpec:
    """Check a theme file's table; ThemeError names the first problem.

    `check_style` (render.highlight.style_class) checks the pygments style; without it the
    style is left unchecked (no pygments import: the app's first paint).
    """
    keys = {"description", "dark", "pygments_style", "colors", "styles", "threads"}
    unknown = set(data) - keys
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
    if check_style is not None:
        try:
            check_style(data["pygments_style"])
        except ValueError as error:
            raise ThemeError(str(error)) from None
    text = colors["foreground"]
    return ThemeSpec(
        name=name,
        description=one_line(data["description"]),  # shown in lists: one clean line
        dark=data["dark"],
        colors=dict(colors),
        styles={e: parse_style(styles.get(e, UNSET.get(e, "")), text) for e in ELEMENTS},
        pygments_style=data["pygments_style"],
        ansi=any(str(v).startswith("ansi_") for v in colors.values()),
        source=source,
        threads=parse_threads(data.get("threads"), text),
    )
