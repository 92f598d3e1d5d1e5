"""The keys list, opened from the `,` screen: Enter on an action, then press its new key.

A key another action has, or one the reader's widgets and Textual keep, is refused with
the reason; `d` gives an action its own key back. Each change applies at once (the app's
keymap) and is saved in settings.toml's `[keys]`, unless the file is broken, which stays
as it is: then the change holds for this session and the screen says why.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.config.settings import Settings
from reader.config.settings_save import change_setting
from reader.ui.key_choices import key_row, key_rows, refusal
from reader.ui.keys import key_names
from reader.ui.messages import SettingsChanged

HINT = "Enter: press a new key for the action · d: its own key again · Esc closes"
BOX = 100  # columns: the box at most


class KeysScreen(ModalScreen[Settings]):
    """Closes with the settings as they are now; each change is posted (`SettingsChanged`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="keys.close"),
        Binding("d,delete", "reset", "Own key", id="keys.reset"),
    ]

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.capturing: str | None = None  # the action whose new key is awaited

    def action_close(self) -> None:
        self.dismiss(self.settings)

    def compose(self) -> ComposeResult:
        with Vertical(id="keys-box"):
            yield Static(Text("Keys", style="bold"))
            yield OptionList(*self._options(), id="keys-list")
            yield Static("", id="keys-message")
            yield Static(Content(HINT), classes="hint")

    def _options(self) -> list[Option]:
        rows = key_rows(self.settings.keys)
        shown = [key_names(r.keys) + (f" (own: {key_names(r.default)})" * r.changed) for r in rows]
        action = max(len(r.action) for r in rows) + 1  # "article.previous_heading"
        width = max(len(keys) for keys in shown) + 2
        room = max(12, min(self.app.size.width, BOX) - 10 - action - width)  # no wrapped rows
        options = []
        for row, keys in zip(rows, shown, strict=True):
            line = Content.assemble(
                (f"{row.action:<{action}}", "bold"),
                (f"{keys:<{width}}", "$accent"),
                Content.styled(row.help, "$muted").truncate(room, ellipsis=True),
            )
            options.append(Option(line, id=row.action))
        return options

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # Enter or a click: the next key pressed is the action's
        self.capturing = event.option.id
        self._say(f"Press the new key for {self.capturing} (Esc: keep it as it is)")

    def on_key(self, event: events.Key) -> None:
        if self.capturing is None:
            return
        event.stop()  # the captured key does nothing else: no binding sees it
        event.prevent_default()
        action, self.capturing = self.capturing, None
        if event.key == "escape":
            self._say(f"{action}: not changed")
            return
        self._rebind(action, event.key)

    def action_reset(self) -> None:
        highlighted = self.query_one(OptionList).highlighted_option
        if highlighted is None or highlighted.id is None:
            return
        row = key_row(highlighted.id, self.settings.keys)
        if not row.changed:
            self._say(f"{row.action} has its own key, {key_names(row.default)}")
            return
        self._rebind(row.action, row.default)

    def _rebind(self, action: str, keys: str) -> None:
        if problem := refusal(action, keys, self.settings.keys):
            self._say(problem, problem=True)
            return
        own = key_row(action, {}).default
        name, value = f"keys.{action}", None if keys == own else keys  # own: out of the file
        settings, not_saved = change_setting(self.settings, name, value)
        self.settings = settings
        self.post_message(SettingsChanged(settings))  # the keymap changes at once
        done = f"{action}: {key_names(keys)}{' (its own key)' if value is None else ''}, saved"
        self._say(not_saved or done, problem=bool(not_saved))
        options = self.query_one(OptionList)
        index = options.highlighted
        options.set_options(self._options())
        options.highlighted = index

    def _say(self, message: str, problem: bool = False) -> None:
        line = self.query_one("#keys-message", Static)
        line.update(Text(message))
        line.set_class(problem, "-problem")
