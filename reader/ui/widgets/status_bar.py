"""The status line above the footer: reading progress, loading, search and speaker state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from rich.text import Text
from textual import events
from textual.widgets import Static

from reader.ui.widgets.options import WidgetOptions

ORDER = ("where", "progress", "loading", "search", "speaker", "filter")  # others after
PARTS = "  ·  "  # between the parts
PIECES = " · "  # between the pieces of one part


class StatusBar(Static):
    """One line, never wrapped. A part given as pieces ("Hacker News", "48 points", …)
    gives up its last pieces, the last part first, when the line is wider than the
    terminal; what still does not fit ends in an ellipsis."""

    def __init__(self, **kwargs: Unpack[WidgetOptions]) -> None:
        super().__init__(**kwargs)
        self.parts: dict[str, str] = {}  # each part whole
        self.pieces: dict[str, tuple[str, ...]] = {}

    def set(self, key: str, value: str | Sequence[str] | None) -> None:
        """Set (or with None clear) one part of the line, then repaint."""
        if value is None:
            self.parts.pop(key, None)
            self.pieces.pop(key, None)
        else:
            self.pieces[key] = (value,) if isinstance(value, str) else tuple(value)
            self.parts[key] = PIECES.join(self.pieces[key])
        self._paint()

    def on_resize(self, event: events.Resize) -> None:
        self._paint()

    def _paint(self) -> None:
        names = sorted(self.parts, key=lambda k: ORDER.index(k) if k in ORDER else len(ORDER))
        kept = {name: len(self.pieces[name]) for name in names}
        width = self.content_size.width or None  # not laid out yet: all of it

        def shown(name: str) -> str:
            return PIECES.join(self.pieces[name][: kept[name]])

        def length() -> int:
            return sum(map(len, map(shown, names))) + len(PARTS) * (len(names) - 1)

        while width is not None and length() > width:
            name = next((n for n in reversed(names) if kept[n] > 1), None)
            if name is None:
                break
            kept[name] -= 1
        line = Text(no_wrap=True, overflow="ellipsis")
        for name in names:
            if line:
                line.append(PARTS)
            line.append(shown(name), style="bold" if name == "progress" else "")
        self.update(line)
