"""The reading screen's speakers: the panel (`s`), choosing one, then n/N through their quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import Speaker
from reader.ui.article_text import Span

if TYPE_CHECKING:
    from reader.ui.screens.reader_screen import ReaderScreen
    from reader.ui.widgets.speakers_panel import SpeakersPanel

    _Base = ReaderScreen
else:
    _Base = object


class SpeakerQuotes(_Base):
    speaker: Speaker | None
    quote_index: int

    def action_speakers(self) -> None:
        from reader.ui.widgets.speakers_panel import SpeakersPanel

        self._mount_extras()
        panel = self.query_one(SpeakersPanel)
        panel.toggle_class("hidden")
        if panel.has_class("hidden"):
            if view := self.article_view():
                view.focus()
            return
        self._refresh_speakers()
        self.call_after_refresh(panel.focus_filter)

    def _refresh_speakers(self) -> None:
        from reader.ui.widgets.speakers_panel import SpeakersPanel

        panels = self.query(SpeakersPanel)
        if not panels:
            return
        panel, view = panels.first(), self.article_view()
        hidden = panel.has_class("hidden")
        if view is not None and not hidden and panel.speakers is not view.article.speakers:
            panel.set_speakers(view.article.speakers)

    def on_speakers_panel_chosen(self, event: SpeakersPanel.Chosen) -> None:  # mixin: by name
        self.choose_speaker(event.speaker)

    def choose_speaker(self, speaker: Speaker) -> None:
        if not speaker.quotes:
            self.notify(f"{speaker.name} has no quotes.", timeout=3)
            return
        self._clear_marks()
        self.speaker, self.quote_index = speaker, -1
        self._step_quotes(1)
        if view := self.article_view():
            view.focus()

    def _step_quotes(self, step: int) -> None:
        view = self.article_view()
        if view is None or self.speaker is None:
            return
        quotes = {q.id: q for q in view.article.quotes}
        ids = [q for q in self.speaker.quotes if q in quotes]
        if not ids:
            self.notify(f"No quotes of {self.speaker.name} in this pane.", timeout=3)
            return
        self.quote_index = (self.quote_index + step) % len(ids)
        quote = quotes[ids[self.quote_index]]
        span = Span(quote.block, quote.start, quote.end)
        self.remember()
        view.mark([], span)
        view.reveal(span)
        where = f"{self.speaker.name}: quote {self.quote_index + 1}/{len(ids)} (n/N)"
        self.status("speaker", where)
