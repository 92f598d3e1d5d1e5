"""The first-paint baseline: a minimal Textual app showing a file's text in one Static."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Static


class MinimalApp(App[None]):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(Text(self.text))


if __name__ == "__main__":
    MinimalApp(Path(sys.argv[1]).read_text(encoding="utf-8")).run()
