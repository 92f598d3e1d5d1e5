"""The search bar: `/` opens it, Enter searches, Escape closes it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Unpack

from textual import events, on
from textual.message import Message
from textual.widgets import Input

from reader.ui.widgets.options import WidgetOptions


class SearchBar(Input):
    @dataclass
    class Searched(Message):
        term: str

    @dataclass
    class Closed(Message):
        pass

    def __init__(self, **kwargs: Unpack[WidgetOptions]) -> None:
        super().__init__(placeholder="search the article (Enter; Esc to close)", **kwargs)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Searched(self.value))

    def on_key(self, event: events.Key) -> None:
        if event.key == "escape":
            event.stop()
            self.post_message(self.Closed())
