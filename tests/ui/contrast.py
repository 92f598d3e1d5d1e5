"""What the terminal shows, cell by cell, and how legible it is (WCAG contrast ratios)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rich.color import Color
from rich.style import Style
from textual.app import App
from textual.geometry import Region

WCAG_TEXT = 4.5  # WCAG 2 AA, body text


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@dataclass(frozen=True)
class Cell:
    x: int
    y: int
    char: str
    ratio: float
    line: str


def _rgb(color: Color | None, app: App[object], foreground: bool) -> tuple[int, int, int]:
    theme = app.ansi_theme
    if color is None or color.is_default:
        default = theme.foreground_color if foreground else theme.background_color
        return default.red, default.green, default.blue
    triplet = color.get_truecolor(theme, foreground=foreground)
    return triplet.red, triplet.green, triplet.blue


def cells(app: App[object]) -> Iterator[Cell]:
    """Every letter or digit on the screen with the contrast of its colour on its
    background (reverse swaps them; dim text counts as halfway to the background)."""
    strips = app.screen._compositor.render_strips()
    for y, strip in enumerate(strips):
        line = strip.text
        x = 0
        for segment in strip:
            style: Style = segment.style or Style()
            fg = _rgb(style.color, app, True)
            bg = _rgb(style.bgcolor, app, False)
            if style.reverse:
                fg, bg = bg, fg
            if style.dim:
                fg = tuple((f + b) // 2 for f, b in zip(fg, bg, strict=True))  # type: ignore[assignment]
            ratio = contrast(fg, bg)
            for char in segment.text:
                if char.isalnum():
                    yield Cell(x, y, char, ratio, line)
                x += 1


def illegible(
    app: App[object], region: Region | None = None, least: float = WCAG_TEXT
) -> list[str]:
    """One line per screen line holding letters under `least` (inside `region`, when given:
    a dialog, whose backdrop is faded on purpose): the line and its worst ratio."""
    worst: dict[int, Cell] = {}
    for cell in cells(app):
        if region is not None and not region.contains(cell.x, cell.y):
            continue
        if cell.ratio < least and (cell.y not in worst or cell.ratio < worst[cell.y].ratio):
            worst[cell.y] = cell
    return [f"{c.ratio:.2f} {c.char!r} at {c.x}: {c.line.strip()[:70]}" for c in worst.values()]
