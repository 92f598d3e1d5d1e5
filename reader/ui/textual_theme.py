"""A ThemeSpec (plain data, `reader.config`) as a `textual.theme.Theme`."""

from __future__ import annotations

from textual.theme import BUILTIN_THEMES, Theme

from reader.config.theme_spec import ThemeSpec


def to_textual_theme(spec: ThemeSpec) -> Theme:
    """For `App.register_theme()`; element styles become `$quote`, `$quote-style`, …

    The app also returns `fallback_theme().variables()` from `get_theme_variable_defaults()`
    so that its CSS parses before a theme is registered.
    """
    variables = spec.variables()
    variables["footer-key-foreground"] = spec.styles["key"].color  # legible on the panel
    variables["footer-description-foreground"] = spec.colors["foreground"]
    if spec.ansi:  # Textual's own ANSI themes define what its widgets need in ANSI mode
        base = BUILTIN_THEMES["ansi-dark" if spec.dark else "ansi-light"]
        variables = base.variables | variables
    colors: dict[str, str] = dict(spec.colors)
    return Theme(
        name=spec.name,
        dark=spec.dark,
        ansi=spec.ansi,
        variables=variables,
        **colors,  # type: ignore[arg-type]  # only colour names: parse_theme checks them
    )
