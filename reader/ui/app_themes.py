"""The app's themes: the chosen one for the first frame, every other after it, and a
theme picked in Textual's palette saved as the settings screen saves one."""

from __future__ import annotations

import time

from textual import work
from textual.app import App
from textual.theme import Theme

from reader.config.settings import DEFAULTS, Settings
from reader.config.theme_spec import ThemeSpec
from reader.config.themes import ThemeSet, fallback_theme, load_themes
from reader.ui.app_base import AppBase
from reader.ui.highlighter import TokenStyles
from reader.ui.textual_theme import to_textual_theme
from reader.ui.theming import DEFAULT_PALETTE, Palette, choose_theme, palette_of, register_themes

FLUSH = 0.05  # seconds: the first frame's write, before other work takes the CPU


class ThemedApp(AppBase):
    def __init__(self, settings: Settings, themes: ThemeSet | None) -> None:
        super().__init__()
        self.settings = settings
        self.all_themes = themes is not None  # else the chosen one now, the rest after a paint
        self.themes = themes or load_themes(names={settings.theme, DEFAULTS.theme})
        self.palette: Palette = DEFAULT_PALETTE  # Rich styles of lines in text, from the theme
        self.token_styles = TokenStyles()  # and of the lexer's tokens (built when first used)
        self._paint_in(self.themes.resolve(settings.theme)[0])  # the first frame's colours
        self.chosen: str | None = None  # the theme the app set itself: a change not to save

    def _paint_in(self, spec: ThemeSpec) -> None:
        """The theme of the first frame, in place before Textual reads the CSS: set on
        mount (as a change is), it had every stylesheet parsed again before that frame."""
        self._use_theme(spec)
        self.register_theme(to_textual_theme(spec))
        self.set_reactive(App.theme, spec.name)  # no watcher: nothing is styled yet
        self.stylesheet.set_variables(self.get_css_variables())
        dark = self.current_theme.dark
        modes = {f"-theme-{spec.name}": True, "-dark-mode": dark, "-light-mode": not dark}
        self.update_classes(modes, update=False)  # as Textual's theme watcher sets them

    def start_themes(self) -> None:
        """On mount: every theme (after the first paint, unless given), the settings' one
        in use, and the palette's picks followed."""
        if not self.all_themes:
            self.call_after_refresh(self.load_all_themes)
        else:
            register_themes(self, self.themes, self.settings.theme)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self._use_theme(self._choose(self.themes, self.settings.theme))

    @work(thread=True, exclusive=True, group="themes", exit_on_error=False)
    def load_all_themes(self) -> None:
        """Every theme, pygments styles checked: after the first frame is out (speed)."""
        time.sleep(FLUSH)
        from reader.render.highlight import style_class

        themes = load_themes(check_style=style_class)
        self.call_from_thread(self._all_themes_loaded, themes)

    def _all_themes_loaded(self, themes: ThemeSet) -> None:
        self.themes, self.all_themes = themes, True
        register_themes(self, themes, self.settings.theme)
        self._tell_reader()
        name = self.current_theme.name
        if name != fallback_theme().name and name not in themes.themes:  # bad pygments style
            self._use_theme(self._choose(themes, self.settings.theme))

    def _choose(self, themes: ThemeSet, name: str) -> ThemeSpec:
        """The settings' theme (or a fallback): not the reader's pick, so not saved."""
        spec = choose_theme(self, themes, name)
        self.chosen = spec.name  # the theme-changed signal comes later: not a pick to save
        return spec

    @property
    def available_themes(self) -> dict[str, Theme]:
        """The reader's themes only, as settings know them: the palette offers these."""
        every = super().available_themes
        if (themes := getattr(self, "themes", None)) is None:  # Textual's start, before ours
            return every
        ours = {*themes.themes, fallback_theme().name, self.theme}
        return {n: t for n, t in every.items() if n in ours}

    def _theme_changed(self, theme: object) -> None:
        name = self.current_theme.name
        self._use_theme(self.themes.themes.get(name))
        if reader := self._reader_or_none():
            reader.recolour(self.palette, self.token_styles)
        if name != self.settings.theme and name in self.themes.themes and name != self.chosen:
            self._save_theme(name)  # picked in the palette: saved as on the settings screen

    def _save_theme(self, name: str) -> None:
        from reader.config.settings_save import change_setting

        themes = sorted(self.themes.themes)
        self.settings, problem = change_setting(self.settings, "theme", name, themes)
        if problem:
            self.notify(problem, severity="warning", timeout=8)

    def _use_theme(self, spec: ThemeSpec | None) -> None:
        """The styles of text spans: a theme of ours, or (a Textual theme) the defaults."""
        self.palette = palette_of(spec) if spec else DEFAULT_PALETTE
        self.token_styles = TokenStyles(spec)
