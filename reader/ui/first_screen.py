"""The first frame's screen: the glance at the page, before the reading screen loads.

The reading screen's modules (its layers of keys and actions, the tabs, the views) cost
more to import than the rest of the first frame. This screen paints the glance
(`FirstPaint`) without them and keeps the keys pressed meanwhile; the app puts the
reading screen in its place right after the frame (`ReaderApp.to_reading`), which
shows the same glance in the same place until the document lands.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.screen import Screen

from reader.config.settings import Settings
from reader.ingest.glance import Glance
from reader.ui.widgets.first_paint import FirstPaint
from reader.ui.widgets.status_bar import StatusBar


class FirstScreen(Screen[None]):
    def __init__(self, glance: Glance, settings: Settings) -> None:
        super().__init__()
        self.glance, self.settings = glance, settings
        self.early_keys: list[str] = []  # for the reading screen, which presses them again

    def compose(self) -> ComposeResult:
        yield FirstPaint(self.glance, self.settings)
        yield StatusBar(id="status")  # where the reading screen has it: the glance stays put

    def on_key(self, event: events.Key) -> None:
        self.early_keys.append(event.key)
        event.stop()
