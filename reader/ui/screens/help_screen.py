"""The `?` screen: every key that works, from the actions themselves (so a keymap shows
here too), then the keys Textual keeps, the search bar's, the mouse and the palette."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.config.actions import ALL, ARTICLE, COMMENT
from reader.ui.key_choices import textual_keys
from reader.ui.keys import bindings, key_names
from reader.ui.theming import DEFAULT_PALETTE, Palette

SECTIONS = {  # short: the titles share the key column
    "screen": "Everywhere",
    "article": "Article",
    "comment": "Opened comment",
    "tree": "Comment tree",
    "speakers": "Speakers panel",
}
ALSO = (
    ("enter", "in the search bar: search; on a quote link or a pasted article: follow it"),
    ("escape", "close the search bar, a list or this screen"),
    ("tab", "from the comment tree to the opened comment, whose keys then scroll it"),
    ("click", "select a comment, follow a quote, open a card, switch tabs"),
)


def key_table(app_keys: Mapping[str, str], palette: Palette = DEFAULT_PALETTE) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style=palette["key"], no_wrap=True)
    table.add_column()
    for scope, title in SECTIONS.items():
        table.add_row(Text(title, style="bold underline"), "")
        for action in (a for a in ALL if a.scope == scope):
            keys = app_keys.get(action.id, action.keys)
            table.add_row(Text(key_names(keys)), Text(action.line))
        table.add_row("", "")
    table.add_row(Text("And", style="bold underline"), "")
    for key, (_, what) in sorted(textual_keys().items()):
        table.add_row(Text(key_names(key)), Text(what[0].upper() + what[1:]))
    for key, what in ALSO:
        table.add_row(Text(key), Text(what[0].upper() + what[1:]))
    return table


class HelpBox(VerticalScroll):
    """Scrolled with the article's reading keys (j, k, space, b, g, G, or the ones the
    keymap gives them) as well as the arrows."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(
        a for a in ARTICLE if a.action in {c.action for c in COMMENT}
    )


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, keymap: Mapping[str, str], palette: Palette = DEFAULT_PALETTE) -> None:
        super().__init__()
        self.keymap, self.palette = dict(keymap), palette  # binding id -> keys: the app's

    def compose(self) -> ComposeResult:
        with HelpBox(id="help-box"):
            yield Static(Text("Keys  (Esc closes)", style="bold"), id="help-title")
            yield Static(key_table(self.keymap, self.palette))
