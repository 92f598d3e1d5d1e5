"""Messages that more than one part of the app sends."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from reader.config.settings import Settings


@dataclass
class SettingsChanged(Message):
    """A screen changed the settings (saved, or kept for the session): the app applies them."""

    settings: Settings
