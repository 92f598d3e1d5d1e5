"""The reading screen's colours (a new theme), its remembered place, and the keys that
leave the reading: settings, help, quit."""

from __future__ import annotations

from collections.abc import Mapping

from reader.config.state import DocumentState
from reader.ui.highlighter import TokenStyles
from reader.ui.screens import reading_place
from reader.ui.screens.reading_actions import ReadingActions
from reader.ui.theming import Palette
from reader.ui.widgets.article_tabs import ARTICLE, COMMENTS
from reader.ui.widgets.article_view import ArticleView


class ReadingSettings(ReadingActions):
    keymap: Mapping[str, str]  # binding id -> keys, for the help screen (the app's)
    theme_names: list[str]  # for the settings screen (the app's)
    saved: DocumentState  # where the reader was last time

    # -- the theme and the remembered place --------------------------------------
    def recolour(self, palette: Palette, styles: TokenStyles) -> None:
        """Spans in text take the new theme's styles (widgets follow TCSS by themselves)."""
        from reader.ui.widgets.speakers_panel import SpeakersPanel  # mounted after a paint

        self.palette, self.token_styles = palette, styles
        for view in self.query(ArticleView):
            view.recolour(palette, styles)
        if pane := self.comments():
            pane.recolour(palette, styles)
        for panel in self.query(SpeakersPanel):
            panel.recolour(palette)

    def stopped(self) -> str:
        """Where the reader stopped, in words, for the history."""
        pane = self.comments()
        comment = pane.kept()[1] if pane else None
        if self.built and self.active_pane() == COMMENTS and comment is not None:
            return f"at comment #{comment}"
        view = self.article_view(ARTICLE)
        return f"{view.percent}% into the article" if view else ""

    def capture_state(self) -> DocumentState:
        return reading_place.capture(self, self.saved)

    def restore_state(self) -> None:
        reading_place.restore(self, self.saved)

    # -- the keys that leave the reading ------------------------------------------
    def action_settings(self) -> None:
        from reader.ui.screens.settings_screen import SettingsScreen

        self.app.push_screen(SettingsScreen(self.settings, self.theme_names))

    def action_help(self) -> None:
        from reader.ui.screens.help_screen import HelpScreen

        self.app.push_screen(HelpScreen(self.keymap, self.palette))

    def action_quit(self) -> None:
        self.app.exit()  # the app remembers the place on the way out
