"""The command palette: an entry for each action of the reading screen and each speaker."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from reader.config.actions import SCREEN


class ReaderCommands(Provider):
    def _entries(self) -> list[tuple[str, str, Callable[[], object]]]:
        from reader.ui.screens.reader_screen import ReaderScreen

        screen = next(
            (s for s in reversed(self.app.screen_stack) if isinstance(s, ReaderScreen)), None
        )
        if screen is None:
            return []
        entries: list[tuple[str, str, Callable[[], object]]] = []
        for action in SCREEN:
            if action.id not in ("escape", "quit"):
                run = partial(screen.run_action, action.action)
                entries.append((action.description, action.help, run))  # help: or none
        view = screen.article_view()
        for speaker in view.article.speakers if view else []:
            label = f"Speaker: {speaker.name}"
            count = len(speaker.quotes)
            role = speaker.description or f"{count} quote{'' if count == 1 else 's'}"
            entries.append((label, role, partial(screen.choose_speaker, speaker)))
        return entries

    async def discover(self) -> Hits:
        for name, help_text, run in self._entries():
            yield DiscoveryHit(Content(name), run, text=name, help=_help(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, run in self._entries():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, highlighted(matcher, name), run, text=name, help=_help(help_text))


def _help(text: str) -> str | None:
    """A help line as Content, never markup (a speaker's role is the page's text), or
    none. The palette takes Content as it takes markup, though Textual types it str."""
    return cast(str, Content(text)) if text else None


def highlighted(matcher: Matcher, candidate: str) -> Content:
    """`candidate` with the letters the query matched styled, as `Matcher.highlight` does
    but from plain text (it reads the candidate as markup)."""
    content = Content(candidate)
    _, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    for offset in offsets:
        if not candidate[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
