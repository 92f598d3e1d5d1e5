"""How the main views look, at 120x40 and 80x24, in a dark and a light theme
(pytest-textual-snapshot)."""

from __future__ import annotations

import pytest

from reader.config.settings import Settings
from reader.ui.app import ReaderApp

SIZES = [(120, 40), (80, 24)]
VIEWS = {
    "article": [],
    "comments": ["c", "plus", "j"],
    "speakers": ["s"],
    "help": ["question_mark"],
}


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("view", list(VIEWS))
def test_view(snap_compare, document, view, size, theme):
    async def settle(pilot):
        await pilot.pause()
        for key in VIEWS[view]:
            await pilot.press(key)
            await pilot.pause()

    app = ReaderApp(document=document, settings=Settings(theme=theme))
    assert snap_compare(app, terminal_size=size, run_before=settle)
