"""The status line above the footer: reading progress, loading, search and speaker state."""

from __future__ import annotations

from typing import Unpack

from rich.text import Text
from textual.widgets import Static

from reader.ui.widgets.options import WidgetOptions


class StatusBar(Static):
    def __init__(self, **kwargs: Unpack[WidgetOptions]) -> None:
        super().__init__(**kwargs)
        self.parts: dict[str, str] = {}

    def set(self, key: str, value: str | None) -> None:
        """Set (or with None clear) one part of the line, then repaint."""
        if value is None:
            self.parts.pop(key, None)
        else:
            self.parts[key] = value
        order = ("where", "progress", "loading", "search", "speaker", "filter")
        line = Text()
        for name in sorted(self.parts, key=lambda k: order.index(k) if k in order else 99):
            if line:
                line.append("  ·  ")
            line.append(self.parts[name], style="bold" if name == "progress" else "")
        self.update(line)
