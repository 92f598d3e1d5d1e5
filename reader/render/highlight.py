"""Colour the reader's text for a terminal with a pygments style and a theme's element styles."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from pygments import highlight
from pygments.formatters import Terminal256Formatter, TerminalTrueColorFormatter
from pygments.style import Style
from pygments.styles import get_style_by_name
from pygments.token import Comment, Generic, Name, Number, String, Token
from pygments.util import ClassNotFound

from reader.render.lexer import ReaderLexer
from reader.render.tokens import ELEMENT_TOKENS, SCARE_QUOTE

if TYPE_CHECKING:
    from reader.config.theme_spec import ThemeSpec


class TerminalStyle(Style):
    """Only the terminal's own 16 colours, for the theme that keeps the terminal's look."""

    name = "reader-terminal"
    background_color = ""
    styles = {  # noqa: RUF012 - pygments reads the class attribute
        Token: "",
        Comment: "italic ansibrightblack",
        String: "ansigreen",
        Number: "ansicyan",
        Name.Class: "bold ansiyellow",
        Name.Tag: "ansimagenta",
        Generic.Heading: "bold ansiblue",
        Generic.Subheading: "bold ansicyan",
        Generic.Emph: "italic",
    }


OWN_STYLES: dict[str, type[Style]] = {TerminalStyle.name: TerminalStyle}


def style_class(name: str) -> type[Style]:
    """A pygments style by name (ours first); ValueError for an unknown one."""
    if name in OWN_STYLES:
        return OWN_STYLES[name]
    try:
        return get_style_by_name(name)
    except ClassNotFound:
        raise ValueError(f"unknown pygments style {name!r}") from None


_ANSI_NAMES = {"white": "gray", "bright_white": "white"}  # Textual's ansi_white is gray


def _pygments_color(color: str) -> str:
    if color == "ansi_default":
        return ""
    if color.startswith("ansi_"):
        name = color[5:]
        return "ansi" + _ANSI_NAMES.get(name, name).replace("_", "")
    return color[:7]  # pygments takes #rrggbb; an alpha channel is dropped


def themed_style(base: str, elements: Mapping[str, tuple[str, str]]) -> type[Style]:
    """`base` with the theme's element styles ({element: (colour, text style)}) on top."""
    parent = style_class(base)
    styles = dict(parent.styles)
    for element, (color, text_style) in elements.items():
        words = [w for w in text_style.split() if w in ("bold", "italic", "underline")]
        styles[ELEMENT_TOKENS[element]] = " ".join([*words, _pygments_color(color)]).strip()
        if element == "quote":  # a scare quote: the quote's colour, plain
            styles[SCARE_QUOTE] = f"noitalic nobold nounderline {_pygments_color(color)}".strip()
    return type("ThemedStyle", (parent,), {"styles": styles})


def spec_style(spec: ThemeSpec) -> type[Style]:
    """A theme's pygments style with its element styles on top; ValueError if unknown."""
    styles = spec.styles.items()
    elements = {name: (s.color, s.text_style) for name, s in styles if name in ELEMENT_TOKENS}
    return themed_style(spec.pygments_style, elements)


def colorize(
    text: str, style: type[Style], speakers: Iterable[str] = (), mentions: Iterable[str] = ()
) -> str:
    """`text` with ANSI colour codes, for a terminal or `less -R`."""
    truecolor = os.environ.get("COLORTERM", "") in ("truecolor", "24bit")
    formatter = (TerminalTrueColorFormatter if truecolor else Terminal256Formatter)(style=style)
    lexer = ReaderLexer(speakers=list(speakers), mentions=list(mentions))
    return highlight(text, lexer, formatter)
