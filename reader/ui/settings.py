"""The reading settings and their defaults, in one place.

The settings issue will load these from a file; until then the app reads `DEFAULTS`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Settings:
    reading_width: int = 76  # columns of article text, at most
    show_boilerplate: bool = False  # site chrome shown when the app opens
    comment_preview_words: int = 8  # words of a comment shown in its tree line
    theme: str = "textual-dark"

    def rows(self) -> list[tuple[str, str]]:
        """(name, value) for each setting, for display."""
        return [(f.name.replace("_", " "), str(getattr(self, f.name))) for f in fields(self)]


DEFAULTS = Settings()
