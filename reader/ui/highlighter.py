"""Document text coloured by the reader's pygments lexer, in the active theme's styles.

`TokenStyles` turns the theme's pygments style (its element styles on top, as for
`reader parse --text --color`) into a Rich style per token; `Highlighter` runs the
lexer over one block's text with them. pygments is imported on first use only: the
first frame is painted without it (speed), the full view right after with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rich.style import Style
from rich.text import Text

if TYPE_CHECKING:
    from pygments.style import Style as PygmentsStyle
    from pygments.token import _TokenType

    from reader.config.theme_spec import ThemeSpec
    from reader.model import Quote

PLAIN = "reader-terminal"  # without a theme of ours (a Textual one): the terminal's colours


def _rich_color(entry: Mapping[str, Any]) -> str | None:
    """pygments' colour of a token ("d19a66", "ansibrightblack") as Rich names it."""
    if ansi := entry["ansicolor"]:
        name = str(ansi)[4:]
        if name in ("gray", "white"):  # pygments' ansigray is the terminal's white
            return "white" if name == "gray" else "bright_white"
        return "bright_" + name[6:] if name.startswith("bright") else name
    return f"#{entry['color']}" if entry["color"] else None


class TokenStyles:
    """The Rich style of each lexer token for a theme (None: the terminal's colours)."""

    def __init__(self, spec: ThemeSpec | None = None) -> None:
        self.spec = spec
        self._pygments: type[PygmentsStyle] | None = None
        self._cache: dict[_TokenType, Style] = {}

    def _style_class(self) -> type[PygmentsStyle]:
        if self._pygments is None:
            self._pygments = self._build()
        return self._pygments

    def _build(self) -> type[PygmentsStyle]:
        from reader.render.highlight import spec_style, style_class

        if self.spec is None:
            return style_class(PLAIN)
        try:
            return spec_style(self.spec)
        except ValueError:  # an unknown pygments style (the app falls back soon after)
            return spec_style(replace(self.spec, pygments_style=PLAIN))

    def __getitem__(self, token: _TokenType) -> Style:
        if (found := self._cache.get(token)) is not None:
            return found
        style_class, named = self._style_class(), token
        while not style_class.styles_token(named) and named.parent is not None:
            named = named.parent  # as a formatter does: an unnamed token takes its parent's
        entry = style_class.style_for_token(named)
        style = Style(
            color=_rich_color(entry),
            bold=entry["bold"] or None,  # None, not False: the widget's own bold stays
            italic=entry["italic"] or None,
            underline=entry["underline"] or None,
        )
        self._cache[token] = style
        return style


class Highlighter:
    """The lexer (knowing the document's speakers) and a theme's token styles."""

    def __init__(self, styles: TokenStyles, speakers: Iterable[str] = ()) -> None:
        from reader.render.lexer import ReaderLexer

        self.styles = styles
        self.lexer = ReaderLexer(speakers=list(speakers))

    def text(
        self, plain: str, quotes: Sequence[Quote] | None = None, mentions: Sequence[str] = ()
    ) -> Text:
        """`plain` styled token by token; `quotes`: the analysis's (None: the lexer guesses);
        `mentions`: the names a comment @mentions ("Will James")."""
        from pygments.token import Text as PlainToken

        spans = None if quotes is None else [(q.start, q.end, q.kind == "direct") for q in quotes]
        text = Text(plain)
        for start, token, value in self.lexer.prose_tokens(plain, spans, mentions):
            if token is not PlainToken and value:
                text.stylize(self.styles[token], start, start + len(value))
        return text
