"""The reading screen's speakers: `s` shows the panel of the article's speakers, and
picking one walks their quotes with n/N."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import Speaker
from reader.ui.screens.step_actions import StepActions

if TYPE_CHECKING:  # the speakers panel loads after the first paint (speed)
    from reader.ui.widgets.speakers_panel import SpeakersPanel


class SpeakerActions(StepActions):
    def action_speakers(self) -> None:
        from reader.ui.widgets.speakers_panel import SpeakersPanel

        self._mount_extras()
        panel = self.query_one(SpeakersPanel)
        panel.toggle_class("hidden")
        if panel.has_class("hidden"):
            panel.reset()
            self.reading.focus_active()  # the tree on the comments: the tab stays
            return
        self.refresh_speakers()
        self.call_after_refresh(panel.focus_list)

    def refresh_speakers(self) -> None:
        from reader.ui.widgets.speakers_panel import SpeakersPanel

        panels, view = self.query(SpeakersPanel), self.article_view()
        panel = panels.first() if panels else None
        if panel is None or view is None or panel.has_class("hidden"):
            return
        if panel.speakers is not view.article.speakers:
            panel.set_speakers(view.article.speakers)

    def on_speakers_panel_chosen(self, event: SpeakersPanel.Chosen) -> None:
        self.choose_speaker(event.speaker)

    def choose_speaker(self, speaker: Speaker) -> None:
        if not speaker.quotes:
            self.notify(f"{speaker.name} has no quotes.", timeout=3)
            return
        self.clear_marks()
        self.marks.follow(speaker)
        self._step_quotes(1)
        if view := self.article_view():
            view.focus()
