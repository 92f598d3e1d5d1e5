"""The `?` screen: every key, from the bindings themselves (so a keymap shows here too)."""

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

from reader.ui.keys import SCREEN_BINDINGS, key_names
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.comment_tree import CommentTree

SECTIONS = (
    ("Everywhere", SCREEN_BINDINGS),
    ("Article", ArticleView.BINDINGS),
    ("Comment tree", CommentTree.BINDINGS),
)


def key_table(app_keys: Mapping[str, str], palette: Palette = DEFAULT_PALETTE) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style=palette["key"], no_wrap=True)
    table.add_column()
    for title, bindings in SECTIONS:
        table.add_row(Text(title, style="bold underline"), "")
        for binding in bindings:
            if not isinstance(binding, Binding):
                continue
            keys = app_keys.get(binding.id or "", binding.key)
            table.add_row(Text(key_names(keys)), Text(binding.tooltip or binding.description))
        table.add_row("", "")
    table.add_row(Text("Mouse", style="bold underline"), "")
    table.add_row("click", "select a comment, follow a quote, open a card, switch tabs")
    table.add_row("ctrl+p", "command palette: every action and every speaker")
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    ]

    def __init__(self, keymap: Mapping[str, str], palette: Palette = DEFAULT_PALETTE) -> None:
        super().__init__()
        self.keymap, self.palette = dict(keymap), palette  # binding id -> keys: the app's

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("Keys  (Esc closes)", style="bold"), id="help-title")
            yield Static(key_table(self.keymap, self.palette))
