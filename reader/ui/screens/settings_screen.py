"""The `,` screen: the current settings, read-only until the settings issue lands."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.ui.settings import Settings


class SettingsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,comma", "dismiss", "Close", id="settings.close")
    ]

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column(style="#e5c07b")
        for name, value in self.settings.rows():
            table.add_row(Text(name), Text(value))
        with Vertical(id="settings-box"):
            yield Static(Text("Settings (defaults, read-only)", style="bold"))
            yield Static(table)
            yield Static(Text("Editing comes with the settings file. Esc closes.", style="dim"))
