"""Rebinding keys from the `,` screen: at once, saved, refused with the reason, reset."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from textual.pilot import Pilot
from textual.widgets import OptionList

from reader import locations
from reader.config import load_settings
from reader.config.settings import DEFAULTS, Settings
from reader.model import Document
from reader.ui.app import ReaderApp
from reader.ui.key_choices import refusal, reserved
from reader.ui.screens.keys_screen import KeysScreen
from reader.ui.screens.settings_screen import SettingsScreen
from reader.ui.widgets.comment_tree import CommentTree
from reader.ui.widgets.speakers_panel import SpeakersPanel
from ui.settle import until

SIZE = (120, 40)


@asynccontextmanager
async def keys_list(
    document: Document, settings: Settings = DEFAULTS
) -> AsyncIterator[tuple[ReaderApp, Pilot, KeysScreen]]:
    """The reader on `document`, its keys list open (`,`, then keys)."""
    app = ReaderApp(document=document, settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        yield app, pilot, await _open_keys(app, pilot)


async def _open_keys(app: ReaderApp, pilot: Pilot) -> KeysScreen:
    await pilot.pause()
    await pilot.press("comma")
    assert await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
    options = app.screen.query_one(OptionList)
    options.highlighted = options.get_option_index("keys")
    await pilot.press("enter")
    assert await until(pilot, lambda: isinstance(app.screen, KeysScreen))
    await pilot.pause()
    assert isinstance(app.screen, KeysScreen)
    return app.screen


def _message(screen: KeysScreen) -> str:
    return str(screen.query_one("#keys-message").render())


async def _press_on(screen: KeysScreen, pilot: Pilot, action: str, *keys: str) -> str:
    """Highlight `action`, press `keys` (enter to capture, then the key); the message."""
    options = screen.query_one(OptionList)
    options.highlighted = options.get_option_index(action)
    await pilot.press(*keys)
    await pilot.pause()
    return _message(screen)


async def _refused(screen: KeysScreen, pilot: Pilot, action: str, *keys: str) -> str:
    message = await _press_on(screen, pilot, action, *keys)
    assert screen.query_one("#keys-message").has_class("-problem")
    return message


async def _back_to_reading(app: ReaderApp, pilot: Pilot) -> None:
    await pilot.press("escape", "escape")  # the keys list, then the settings screen
    await pilot.pause()
    assert app.screen is app.reader


async def _comments_open_with(app: ReaderApp, pilot: Pilot, key: str) -> bool:
    await pilot.press(key)
    await pilot.pause()
    return bool(app.screen.query(CommentTree)) and app.reader.active_pane() == "tab-comments"


async def test_a_new_key_works_at_once_is_saved_and_survives_a_restart(document):
    async with keys_list(document) as (app, pilot, screen):
        message = await _press_on(screen, pilot, "comments", "enter", "v")
        assert message == "comments: v, saved"
        assert "v (own: c)" in str(screen.query_one(OptionList).get_option("comments").prompt)
        await _back_to_reading(app, pilot)
        assert not await _comments_open_with(app, pilot, "c")  # the old key does nothing
        assert await _comments_open_with(app, pilot, "v")
    assert load_settings().keys == {"comments": "v"}
    assert '[keys]\ncomments = "v"' in locations.settings_path().read_text()
    again = ReaderApp(document=document, settings=load_settings())  # as run_app starts it
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert await _comments_open_with(again, pilot, "v")


async def test_the_captured_key_does_nothing_else(document):
    async with keys_list(document) as (app, pilot, screen):
        # delete is the list's own "back to its own key": captured, it must not run that too
        message = await _press_on(screen, pilot, "boilerplate", "enter", "delete")
        assert message == "boilerplate: delete, saved"
        assert isinstance(app.screen, KeysScreen)
        # escape while capturing keeps the key and the list open
        assert await _press_on(screen, pilot, "search", "enter", "escape") == "search: not changed"
        assert isinstance(app.screen, KeysScreen)
    assert load_settings().keys == {"boilerplate": "delete"}


async def test_a_key_another_action_has_is_refused_with_its_name(document):
    async with keys_list(document) as (app, pilot, screen):
        message = await _refused(screen, pilot, "search", "enter", "s")
        assert message == "s is already the key of speakers: give it another key first"
        await _back_to_reading(app, pilot)
        await pilot.press("s")  # still the speakers'
        await pilot.pause()
        assert not app.screen.query_one(SpeakersPanel).has_class("hidden")
    assert not locations.settings_path().exists()  # nothing saved


async def test_keys_the_widgets_and_textual_keep_are_refused(document):
    async with keys_list(document) as (app, pilot, screen):
        refused = [await _refused(screen, pilot, "search", "enter", k) for k in ("j", "a", "tab")]
        assert refused == [
            "j is already the key of article.down: give it another key first",
            "a is already the key of tree.author: give it another key first",
            "tab is the app's key for moving the focus: choose another",
        ]
        assert app.settings.keys == {}
    assert not locations.settings_path().exists()


async def test_reset_gives_the_action_its_own_key_again(document):
    path = locations.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('justify = true\n\n[keys]\ncomments = "v"\n')
    async with keys_list(document, load_settings()) as (app, pilot, screen):
        assert await _press_on(screen, pilot, "comments", "d") == "comments: c (its own key), saved"
        assert await _press_on(screen, pilot, "comments", "d") == "comments has its own key, c"
        await _back_to_reading(app, pilot)
        assert await _comments_open_with(app, pilot, "c")
    assert path.read_text() == "justify = true\n"  # no empty [keys] table left


async def test_reset_is_refused_when_another_action_took_the_own_key(document):
    swapped = Settings(keys={"comments": "v", "speakers": "c"})
    async with keys_list(document, swapped) as (app, pilot, screen):
        message = await _refused(screen, pilot, "comments", "d")
        assert message == "c is already the key of speakers: give it another key first"
        assert app.settings.keys == {"comments": "v", "speakers": "c"}


async def test_a_broken_settings_file_is_not_written_and_the_screen_says_why(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        path = locations.settings_path()
        path.parent.mkdir(parents=True)
        path.write_bytes(b"theme = 'dark'\n[keys]\nserch = 'f'\n")  # broken after the start
        before = path.read_bytes()
        screen = await _open_keys(app, pilot)
        message = await _refused(screen, pilot, "comments", "enter", "v")  # saving refused
        assert message.startswith("Not saved (for this session only): ")
        assert "settings.toml:3" in message and "did you mean 'search'" in message
        await _back_to_reading(app, pilot)
        assert await _comments_open_with(app, pilot, "v")  # this session, all the same
    assert path.read_bytes() == before


def test_refusals_say_why():
    assert refusal("search", "f", {}) is None
    assert refusal("search", "slash", {}) is None  # its own key
    assert refusal("comments", "c", {"speakers": "c,s"}) is not None
    assert "ctrl+p" in reserved() and "ctrl+q" in reserved() and "pagedown" in reserved()
    assert refusal("article.page_down", "space", {}) is None  # its own key
    assert refusal("tree.parent", "j", {}) is not None  # the tree's j already
    assert refusal("tree.parent", "d", {}) is None  # d is the article's: another part
    assert refusal("comments", "d", {}) is not None  # but the screen's keys work everywhere
    assert "cannot be saved as a key" in str(refusal("search", "é", {}))


async def test_each_action_of_the_keys_list_stands_apart_on_one_line_at_80_columns(document):
    """ "open_in_browser" ran into its key ("open_in_browserw") and its row wrapped."""
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_keys(app, pilot)
        options = screen.query_one(OptionList)
        room = options.scrollable_content_region.width
        for index in range(options.option_count):
            option = options.get_option_at_index(index)
            line = str(option.prompt)
            assert line.split()[0] == option.id and len(line.rstrip()) <= room, line
