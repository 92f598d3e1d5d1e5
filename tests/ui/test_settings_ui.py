"""Settings, themes, keys and remembered state in the running app (Pilot)."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from textual.widgets import OptionList

from reader import locations
from reader.config import load_settings
from reader.config.settings import Settings
from reader.ingest.source import from_bytes
from reader.ui.app import ReaderApp
from reader.ui.screens.settings_screen import SettingsScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.comment_tree import CommentTree
from ui.settle import run_reading, until

SIZE = (120, 40)


async def _open_setting(app: ReaderApp, pilot, name: str) -> SettingsScreen:
    if not isinstance(app.screen, SettingsScreen):
        await pilot.press("comma")
        await pilot.pause()
    screen = app.screen
    assert isinstance(screen, SettingsScreen)
    options = screen.query_one(OptionList)
    options.highlighted = options.get_option_index(name)
    return screen


async def _justify_problem(app: ReaderApp, pilot) -> str:
    """Turn justify on from the settings screen; what the screen says about saving it."""
    await pilot.pause()
    screen = await _open_setting(app, pilot, "justify")
    await pilot.press("enter")
    await pilot.pause()
    return str(screen.query_one("#settings-problem").render())


def _quote_style(app: ReaderApp) -> Style:
    view = app.screen_stack[0].query_one(ArticleView)
    text = view.blocks["b5"].render()
    spans = [s for s in text.spans if s.start == 1]  # the quote "We had no choice"
    return Style.parse(str(spans[0].style))


async def test_a_change_applies_at_once_and_is_saved(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert not view.show_boilerplate
        await _open_setting(app, pilot, "show_boilerplate")
        await pilot.press("enter")
        await pilot.pause()
        assert view.show_boilerplate  # at once, under the settings screen
        assert load_settings().show_boilerplate  # and saved
        await _open_setting(app, pilot, "justify")  # already open: highlight another
        await pilot.press("enter")
        await pilot.pause()
        assert view.has_class("-justify")
        assert "justify = true" in locations.settings_path().read_text()


async def test_a_broken_file_is_not_written_and_the_screen_says_why(document):
    path = locations.settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"theme = 'dark'\nreading_widht = 80\n")
    before = path.read_bytes()
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        problem = await _justify_problem(app, pilot)
        assert "Not saved" in problem and "settings.toml:2" in problem
        assert "reading_width" in problem  # did you mean
        assert app.screen_stack[0].query_one(ArticleView).has_class("-justify")  # this session
    assert path.read_bytes() == before


async def test_a_read_only_config_folder_says_why(document, tmp_path):
    folder = locations.config_dir()
    folder.mkdir(parents=True)
    folder.chmod(0o500)
    try:
        app = ReaderApp(document=document)
        async with app.run_test(size=SIZE) as pilot:
            problem = await _justify_problem(app, pilot)
            if not list(folder.iterdir()):  # root writes anyway
                assert "Not saved" in problem
    finally:
        folder.chmod(0o700)


async def test_a_broken_theme_notifies_once_and_falls_back(document):
    themes = locations.user_themes_dir()
    themes.mkdir(parents=True)
    (themes / "mine.toml").write_text("description = 'mine'\ndark = true\n[colors\n")
    app = ReaderApp(document=document, settings=Settings(theme="mine"))
    async with app.run_test(size=SIZE) as pilot:

        def told() -> list[str]:  # the themes are read in a worker: a frame or more
            return [n.message for n in app._notifications if "mine.toml" in n.message]

        assert await until(pilot, lambda: app.all_themes)  # read in a worker
        await pilot.pause()
        assert len(told()) == 1 and "failed to load" in told()[0]  # why, and the fallback
        assert "using 'dark'" in told()[0] and app.theme == "dark"


async def test_a_keys_table_rebinds(document):
    app = ReaderApp(document=document, settings=Settings(keys={"comments": "v"}))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert not app.screen.query(CommentTree)
        await pilot.press("v")
        await pilot.pause()
        assert app.screen.query(CommentTree)


async def test_a_theme_change_recolours_the_article(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        dark = _quote_style(app)
        await _open_setting(app, pilot, "theme")
        while app.theme != "paper":
            await pilot.press("enter")
            await pilot.pause()
        paper = _quote_style(app)
        assert dark.color != paper.color
        expected = app.themes.themes["paper"].styles["quote"].color
        assert paper.color.get_truecolor().hex == expected
        assert load_settings().theme == "paper"


async def test_state_comes_back_for_the_same_content_under_another_name(tmp_path: Path):
    text = (Path(__file__).parent.parent / "fixtures").glob("*.txt")
    data = next(iter(sorted(text))).read_bytes()
    first = ReaderApp(from_bytes(data, "a.txt"))
    async with run_reading(first, (80, 24)) as pilot:
        # the worker's parse: a busy machine takes seconds
        reader = first.reader
        assert await until(
            pilot, lambda: getattr(reader.article_view(), "max_scroll_y", 0) > 7, 500
        )
        reader.article_view().scroll_to(y=7, animate=False)
        await pilot.pause()
        await pilot.press("q")
    assert list((tmp_path / "state" / "documents").glob("*.json"))
    second = ReaderApp(from_bytes(data, "elsewhere/b.txt"))
    async with run_reading(second, (80, 24)) as pilot:
        assert await until(
            pilot, lambda: getattr(second.reader.article_view(), "scroll_y", None) == 7
        )


def test_a_broken_settings_file_stops_the_app_before_it_starts(tmp_path: Path):
    from config_helpers import run_reader, settings_file

    path = settings_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"justify = true\ncomment_ordr = 'newest'\n")
    before = path.read_bytes()
    article = Path(__file__).parent.parent / "fixtures" / "plain_article.txt"
    result = run_reader(tmp_path, str(article))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{path}:2:" in lines[0] and "comment_order" in lines[0]
    assert path.read_bytes() == before


async def test_a_settings_help_wraps_under_itself_at_80_columns(document):
    """A help too long for the row went on under the setting's name; it goes on under
    its own first line, every line inside the list."""
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("comma")
        assert await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        room = options.scrollable_content_region.width
        wrapped = 0
        for index in range(options.option_count):
            first, *more = str(options.get_option_at_index(index).prompt).split("\n")
            assert len(first.rstrip()) <= room, first
            for line in more:
                wrapped += 1
                assert line.startswith(" " * 36) and len(line.rstrip()) <= room, line
        assert wrapped  # "show site chrome (navigation, counters)" does not fit at 80


async def test_the_layout_note_names_the_terminal_width_after_a_resize(document):
    """Widened from 80 to 150 columns with the settings open, the note said the
    comments stay a tab at 80: it names the width the terminal has now."""
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("comma")
        assert await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        note = app.screen.query_one("#layout-note")
        assert "at 80 the comments stay a tab" in str(note.render())
        await pilot.resize_terminal(150, 40)
        assert await until(pilot, lambda: "this terminal has 150" in str(note.render()))
