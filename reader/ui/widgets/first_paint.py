"""The first frame: the page's first screen as a flat column of text, nothing else.

Textual builds a deep widget tree (tabs, panes, scroll views) in several rounds; this
one level of Statics paints in one, from a glance at the page (`reader.ingest.glance`:
no parser, word list or model class imported before it shows). The reading screen swaps
it for the full view once the parse lands, with the same classes, width and position.
"""

from __future__ import annotations

from typing import Unpack

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.config.settings import DEFAULTS, Settings
from reader.ingest.glance import Glance
from reader.ui.widgets.options import WidgetOptions


class FirstPaint(VerticalScroll, can_focus=False):
    def __init__(
        self, glance: Glance, settings: Settings = DEFAULTS, **kwargs: Unpack[WidgetOptions]
    ) -> None:
        super().__init__(**kwargs)
        self.glance = glance
        self.settings = settings
        self.set_class(settings.justify, "-justify")

    def compose(self) -> ComposeResult:
        # Two widgets, not one a paragraph: styling each of twenty Statics cost more than
        # the rest of the frame. The lines apart by a blank line, as blocks are.
        title = Static(Text(self.glance.title or "(untitled)"), classes="block -title")
        body = Static(Text("\n\n".join(self.glance.lines)), classes="block -paragraph")
        for static in (title, body):  # the page's width, less its side padding
            static.styles.max_width = self.settings.reading_width - 4
            yield static
