"""The command palette: an entry for each action of the reading screen and each speaker."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

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
                entries.append((action.description, action.line, run))
        view = screen.article_view()
        for speaker in view.article.speakers if view else []:
            label = f"Speaker: {speaker.name}"
            role = speaker.description or f"{len(speaker.quotes)} quotes"
            entries.append((label, role, partial(screen.choose_speaker, speaker)))
        return entries

    # Names and help are Content, never markup: a speaker's name is the page's text.
    # (The palette takes help as markup unless it is Content already; Textual types
    # `help` as str only, hence the ignores.)
    async def discover(self) -> Hits:
        for name, help_text, run in self._entries():
            yield DiscoveryHit(Content(name), run, text=name, help=Content(help_text))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, run in self._entries():
            score = matcher.match(name)
            if score > 0:
                shown = highlighted(matcher, name)
                yield Hit(score, shown, run, text=name, help=Content(help_text))  # type: ignore[arg-type]


def highlighted(matcher: Matcher, candidate: str) -> Content:
    """`candidate` with the letters the query matched styled, as `Matcher.highlight` does
    but from plain text (it reads the candidate as markup)."""
    content = Content(candidate)
    _, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    for offset in offsets:
        if not candidate[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
