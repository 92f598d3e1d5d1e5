"""Every shipped theme is legible in every view: each letter on the screen stands out from
its background by WCAG's 4.5:1 at least: body text, names, counts and dates, keys, tabs,
the footer, search hits and the selected row (issue 15: the tree, help and speakers panel
took no colours from the theme and fell to 1.2-2:1)."""

from __future__ import annotations

import pytest
from rich.terminal_theme import DEFAULT_TERMINAL_THEME, MONOKAI

from reader.config.settings import Settings
from reader.config.themes import load_themes
from reader.ui.app import ReaderApp
from ui.contrast import illegible

THEMES = sorted(load_themes().themes)
VIEWS = [  # keys from the view before, the dialog box checked (None: the whole screen)
    ("article", [], None),
    ("search hits", ["slash", *"fuel", "enter"], None),
    ("speakers, one chosen", ["escape", "s", "down"], None),
    ("comments, a row selected", ["escape", "escape", "c", "j", "j"], None),
    ("comment hits", ["slash", *"ten", "enter"], None),
    ("help", ["question_mark"], "#help-box"),
    ("settings", ["escape", "comma"], "#settings-box"),
]


@pytest.mark.parametrize("theme", THEMES)
async def test_every_view_is_legible(document, theme):
    app = ReaderApp(document=document, settings=Settings(theme=theme), themes=load_themes())
    if theme != "terminal":  # the others paint every cell: a terminal of the other kind
        app.ansi_theme_dark, app.ansi_theme_light = DEFAULT_TERMINAL_THEME, MONOKAI  # shows
    found = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for view, keys, box in VIEWS:
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            await pilot.pause()
            region = app.screen.query_one(box).region if box else None
            if bad := illegible(app, region):
                found[view] = bad
    assert found == {}


@pytest.mark.parametrize("theme", THEMES)
async def test_the_pick_lists_are_legible(document, theme):
    """The lists `l`, `t` and `H` open (links, subheads, documents read before)."""
    from reader.ui.screens.pick_screen import PickScreen, Row

    app = ReaderApp(document=document, settings=Settings(theme=theme), themes=load_themes())
    if theme != "terminal":
        app.ansi_theme_dark, app.ansi_theme_light = DEFAULT_TERMINAL_THEME, MONOKAI
    rows = [Row("0", "Tide tables move online", "/home/ola/tides.txt · 2026-03-02 09:14")]
    rows.append(Row("1", "Gulls return to the pier", "https://harbour.example/gulls"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.push_screen(PickScreen("Read before", rows))
        await pilot.press("down")
        await pilot.pause()
        assert illegible(app, app.screen.query_one("#pick-box").region) == []


@pytest.mark.parametrize("theme", THEMES)
async def test_dates_are_legible_in_captions_and_paragraphs(document, theme):
    """Dates take the pygments style's number colour: paper's (solarized) gave 2.7:1."""
    blocks = {b.id: b for b in document.article.blocks}
    blocks["b3"].text = "A ferry leaves Port Wren at dawn on March 2, 2026. (Ola Finch)"
    blocks["b4"].text = "PORT WREN — Fares rise by a tenth on April 1, 2026, the board said."
    app = ReaderApp(document=document, settings=Settings(theme=theme), themes=load_themes())
    if theme != "terminal":
        app.ansi_theme_dark, app.ansi_theme_light = DEFAULT_TERMINAL_THEME, MONOKAI
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert illegible(app) == []
