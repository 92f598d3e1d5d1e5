"""The `,` screen: every setting on a line; Enter / → takes the next value, ← the previous.

Each change is saved to settings.toml and applied at once. A settings file that does not
load is never written over: the change applies for this session and the screen says why
it was not saved. The last line, keys, opens the list of keys to rebind (`KeysScreen`).
"""

from __future__ import annotations

import textwrap
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.config.settings import OPTIONS, Settings, format_value
from reader.config.settings_save import SettingValueError, change_setting
from reader.ui.messages import SettingsChanged

STEP = {"reading_width": 4}  # columns a key press adds or takes; other numbers move by 1
BOX, HELP = 90, 36  # columns: the box at most; where a setting's help starts


def next_value(settings: Settings, name: str, themes: list[str], step: int) -> object:
    """The value after (step 1) or before (step -1) the current one, wrapping round."""
    option, value = OPTIONS[name], getattr(settings, name)
    if option.kind is bool:
        return not value
    if option.kind is int:
        return max(option.low, min(option.high, value + step * STEP.get(name, 1)))
    choices = list(option.choices) or themes
    index = choices.index(value) if value in choices else -1
    return choices[(index + step) % len(choices)]


def _cell(value: str, width: int = 14) -> str:
    """A value in its column, a space before the help: a longer one (a theme of one's
    own) cut short with an ellipsis."""
    return f"{value:<{width}}" if len(value) < width else value[: width - 2] + "… "


def _layout_note(width: int) -> str:
    from reader.ui.widgets.reading_layout import WIDE

    if width >= WIDE:
        return f"Layout side-by-side needs {WIDE} columns: this terminal has {width}."
    return f"Layout side-by-side needs {WIDE} columns; at {width} the comments stay a tab."


class SettingsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,comma", "dismiss", "Close", id="settings.close"),
        Binding("right,l", "change(1)", "Next value", id="settings.next"),
        Binding("left,h", "change(-1)", "Previous value", id="settings.previous", show=False),
    ]

    def __init__(self, settings: Settings, themes: list[str]) -> None:
        super().__init__()
        self.settings = settings
        self.themes = themes

    def compose(self) -> ComposeResult:
        with Vertical(id="settings-box"):
            yield Static(Text("Settings", style="bold"))
            yield OptionList(*self._options(), id="settings-list")
            yield Static("", id="settings-problem")
            hint = "Enter/→ next value, ← previous; saved at once"
            note = _layout_note(self.app.size.width)
            yield Static(Content(note), id="layout-note", classes="hint")
            yield Static(Content(f"{hint}. Esc closes."), classes="hint")

    def _room(self) -> int:
        """Columns for a row of the list: its own width once laid out, else the box's."""
        lists = self.query(OptionList)
        if lists and (width := lists.first().scrollable_content_region.width):
            return width
        return min(self.app.size.width, BOX) - 9  # border, padding, the list's padding

    def _options(self) -> list[Option | None]:
        rows: list[Option | None] = []
        room = max(12, self._room() - HELP)
        for name, option in OPTIONS.items():
            help_lines = textwrap.wrap(option.help, room)  # under each other, not under the name
            line = Content.assemble(
                (f"{name.replace('_', ' '):<22}", "bold"),
                (_cell(format_value(getattr(self.settings, name))), "$accent"),
                (("\n" + " " * HELP).join(help_lines), "$muted"),
            )
            rows.append(Option(line, id=name))
        changed = len(self.settings.keys)
        line = Content.assemble(
            (f"{'keys':<22}", "bold"),
            (_cell(f"{changed} changed" if changed else "own"), "$accent"),
            ("rebind the reader's keys: Enter", "$muted"),
        )
        return [*rows, None, Option(line, id="keys")]

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # Enter or a click on a setting: its next value
        self.action_change(1)

    def action_change(self, step: int) -> None:
        options = self.query_one(OptionList)
        highlighted = options.highlighted_option
        if highlighted is None or highlighted.id is None:
            return
        name = highlighted.id
        if name == "keys":
            from reader.ui.screens.keys_screen import KeysScreen

            self.app.push_screen(KeysScreen(self.settings), self._keys_closed)
            return
        value = next_value(self.settings, name, self.themes, step)
        try:  # a broken file stays as it is: the change holds for this session
            settings, problem = change_setting(self.settings, name, value, self.themes)
        except SettingValueError as error:
            self._problem(str(error))
            return
        self.settings = settings
        self._problem(problem)
        self._show_values()
        self.post_message(SettingsChanged(settings))

    def on_resize(self) -> None:
        self._show_values()  # the help rewrapped to the width
        note = _layout_note(self.app.size.width)  # the width it names is the terminal's now
        self.query_one("#layout-note", Static).update(Content(note))

    def _keys_closed(self, settings: Settings | None) -> None:
        if settings is not None:
            self.settings = settings
            self._show_values()

    def _show_values(self) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted
        options.set_options(self._options())
        options.highlighted = index

    def _problem(self, message: str | None) -> None:
        problem = self.query_one("#settings-problem", Static)
        problem.update(Text(message or ""))
        problem.set_class(bool(message), "-shown")
