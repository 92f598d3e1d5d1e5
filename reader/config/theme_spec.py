"""What a theme holds: Textual's colours, the elements reader styles (the lexer's parts
of the text and the reader's own marks) and their styles; `theme_parse` reads a file into it."""

from __future__ import annotations

from dataclasses import dataclass, field

COLORS: tuple[str, ...] = ("primary", "secondary", "accent", "foreground", "background")
COLORS += ("surface", "panel", "boost", "warning", "error", "success")
REQUIRED_COLORS = ("primary", "foreground", "background")
# The parts of the text the lexer finds (render/lexer.py's ELEMENT_TOKENS colours them)...
TEXT_ELEMENTS: tuple[str, ...] = ("headline", "quote", "speaker", "caption", "byline")
TEXT_ELEMENTS += ("boilerplate", "mention", "block-quote")
# ...and what the reader marks itself: search hits, the current hit and quote, a comment line
# holding a hit, comment authors, links, embedded articles, keys in help and footer, text
# that steps back (counts, dates, hints: legible still), a comment new since the last visit.
UI_ELEMENTS: tuple[str, ...] = ("hit", "current-hit", "focus", "hit-line", "author", "link")
UI_ELEMENTS += ("embedded", "key", "muted", "new")
ELEMENTS = TEXT_ELEMENTS + UI_ELEMENTS
UNSET = {"hit": "reverse", "current-hit": "bold reverse", "focus": "italic reverse"}
UNSET |= {"hit-line": "underline"}  # the style of an element a theme leaves out
TEXT_STYLES = frozenset({"bold", "italic", "underline", "dim", "reverse", "strike"})
ANSI = ("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white")
ANSI_COLORS = frozenset(
    {f"ansi_{c}" for c in ANSI} | {f"ansi_bright_{c}" for c in ANSI} | {"ansi_default"}
)


class ThemeError(ValueError):
    """A theme file that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class ElementStyle:
    color: str
    text_style: str = "none"  # "bold italic", or "none"
    background: str | None = None  # "on #rrggbb"


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
    threads: tuple[str, ...] = field(default=())  # the comment tree's depth colours

    def variables(self) -> dict[str, str]:
        """For `textual.theme.Theme.variables`: `$quote`, `$quote-style`, … in TCSS."""
        names: dict[str, str] = {}
        for element, style in self.styles.items():
            names[element] = style.color
            names[f"{element}-style"] = style.text_style
        return names
