"""A list to pick one thing from: a link to open, a subhead to go to, a document read
before. Enter picks (the screen closes with its id), Esc closes with None."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    text: str
    detail: str = ""  # a second line, in the muted colour


class PickScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "dismiss(None)", "Close", id="pick.close"),
    ]

    def __init__(self, title: str, rows: Sequence[Row], hint: str = "Enter opens · Esc closes"):
        super().__init__()
        self.title_text, self.rows, self.hint = title, list(rows), hint

    def compose(self) -> ComposeResult:
        options = []
        for row in self.rows:  # page and user text: Content, never markup
            line = Content(row.text)
            if row.detail:
                line = Content.assemble(line, "\n", Content.styled(row.detail, "$muted"))
            options.append(Option(line, id=row.id))
        with Vertical(id="pick-box"):
            yield Static(Content.styled(self.title_text, "bold"))
            yield OptionList(*options, id="pick-list")
            yield Static(Content(self.hint), classes="hint")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)
