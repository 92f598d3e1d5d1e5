"""The speakers panel: every speaker with role and quote count; typing filters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Unpack

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.config.actions import PANEL
from reader.model import Speaker
from reader.ui.keys import bindings
from reader.ui.theming import DEFAULT_PALETTE, Palette
from reader.ui.widgets.options import WidgetOptions


def speaker_prompt(speaker: Speaker, palette: Palette = DEFAULT_PALETTE) -> Table:
    """The name and how many quotes, then the role on its own dim line: a name or role
    longer than the panel is cut with an ellipsis, never wrapped, and the count stays."""
    prompt = Table.grid(expand=True, padding=(0, 0, 0, 2))
    prompt.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
    prompt.add_column(no_wrap=True, justify="right")
    prompt.add_row(
        Text(speaker.name, style=palette["speaker"]),
        Text(str(len(speaker.quotes)), style=palette["muted"]),
    )
    if speaker.description:
        prompt.add_row(Text(speaker.description, style=f"italic {palette['muted']}"), "")
    return prompt


class SpeakersPanel(Vertical):
    """Posts `Chosen` when a speaker is picked (Enter in the filter or the list).

    It opens on the list, so the reader's keys keep working; `/` goes to the filter,
    Esc from the filter back to the list; closing it forgets the filter."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(PANEL)

    @dataclass
    class Chosen(Message):
        speaker: Speaker

    def __init__(self, palette: Palette = DEFAULT_PALETTE, **kwargs: Unpack[WidgetOptions]) -> None:
        super().__init__(**kwargs)
        self.speakers: list[Speaker] = []
        self.palette = palette

    def recolour(self, palette: Palette) -> None:
        self.palette = palette
        if self.is_mounted:
            options = self.query_one(OptionList)
            index = options.highlighted
            self._fill(self.query_one(Input).value)
            options.highlighted = index

    def compose(self) -> ComposeResult:
        yield Static(Text("Speakers", style="bold"), id="speakers-title")
        yield Input(placeholder="/ filters", id="speaker-filter")
        yield OptionList(id="speaker-list")

    def on_mount(self) -> None:
        if self.query(OptionList):  # none when the app quits before they mount (a quick q)
            self._fill("")

    def set_speakers(self, speakers: list[Speaker]) -> None:
        self.speakers = speakers
        if self.is_mounted:
            self.query_one(Input).value = ""
            self._fill("")

    def _fill(self, needle: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        needle = needle.lower()
        shown = [
            Option(speaker_prompt(s, self.palette), id=s.id)
            for s in self.speakers
            if needle in s.name.lower()
            or any(needle in a.lower() for a in s.aliases)
            or needle in (s.description or "").lower()
        ]
        if shown:
            options.add_options(shown)
            options.highlighted = 0
        title = f"Speakers ({len(shown)}/{len(self.speakers)})" if needle else "Speakers"
        if not self.speakers:
            title = "Speakers: none found yet"
        self.query_one("#speakers-title", Static).update(Text(title, style="bold"))

    def focus_list(self) -> None:
        self.query_one(OptionList).focus()

    def action_filter(self) -> None:
        self.query_one(Input).focus()

    def action_leave_filter(self) -> None:
        self.focus_list()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "leave_filter":  # else Esc is the screen's: it closes the panel
            return self.query_one(Input).has_focus
        return True

    def reset(self) -> None:
        """Closed: the next opening starts with every speaker."""
        if self.is_mounted and self.query_one(Input).value:
            self.query_one(Input).value = ""
            self._fill("")

    @on(Input.Changed, "#speaker-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#speaker-filter")
    def _submit(self, event: Input.Submitted) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected, "#speaker-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, speaker_id: str | None) -> None:
        speaker = next((s for s in self.speakers if s.id == speaker_id), None)
        if speaker is not None:
            self.post_message(self.Chosen(speaker))

    def on_key(self, event: events.Key) -> None:  # arrows in the filter move the list
        if event.key in ("down", "up") and self.query_one(Input).has_focus:
            options = self.query_one(OptionList)
            if options.option_count:
                step = 1 if event.key == "down" else -1
                current = options.highlighted or 0
                options.highlighted = max(0, min(options.option_count - 1, current + step))
                event.stop()
