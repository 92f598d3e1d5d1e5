"""The footer: the keys that do something where the reader is, as many as the width holds.

Textual's footer fills itself when the screen's bindings change; ours is mounted after the
first paint, when the focus has settled and nothing changes, so it fills itself on mount.
Keys with nothing to do (no pasted article, no web address, no tab to close) are left out
(they still answer, with a note), and at a narrow width the last ones go before `?`,
which lists every key."""

from __future__ import annotations

from collections.abc import Callable, Collection

from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

KEPT = ("help", "quit")  # actions that stay however narrow the footer


def _width(widget: Widget) -> int:
    """Columns a compact key takes: key, space, word, the margin after it."""
    if isinstance(widget, FooterKey):
        return len(widget.key_display) + len(widget.description) + 2
    return 0


def _kept(widget: Widget) -> bool:
    return isinstance(widget, FooterKey) and widget.action in KEPT


class ReaderFooter(Footer):
    def __init__(self, idle: Callable[[], Collection[str]]) -> None:
        super().__init__(compact=True, show_command_palette=False)
        self.idle = idle  # the actions with nothing to do now
        self._width = 0

    def on_mount(self) -> None:
        self.bindings_changed(self.screen)

    def compose(self) -> ComposeResult:
        idle = self.idle()
        keys = [w for w in super().compose() if not (isinstance(w, FooterKey) and w.action in idle)]
        keys.sort(key=_kept)  # `?` and `q` last, also after a rebinding (Textual's keymap
        # puts a rebound key after the others)
        room = self.app.size.width
        while sum(_width(k) for k in keys) > room:
            droppable = [k for k in keys if not _kept(k)]
            if not droppable:
                break
            keys.remove(droppable[-1])
        yield from keys

    async def on_resize(self, event: events.Resize) -> None:
        previous, self._width = self._width, event.size.width
        if previous and previous != self._width:
            await self.recompose()
