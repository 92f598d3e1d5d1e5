"""The `layout` setting: comments beside the article on a wide screen, or a tab (Pilot)."""

from __future__ import annotations

from textual.css.query import NoMatches
from textual.widgets import OptionList, TabbedContent

from reader.config.settings import Settings
from reader.ui.app import ReaderApp
from reader.ui.screens.settings_screen import SettingsScreen
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.comment_tree import CommentTree
from reader.ui.widgets.comment_view import CommentView
from ui.settle import until

WIDE, NARROW = (200, 50), (100, 30)


def _both_shown(app: ReaderApp) -> bool:
    try:
        widgets = [app.reader.query_one(t) for t in (ArticleView, CommentTree, CommentView)]
    except NoMatches:  # not mounted yet on a busy machine
        return False
    return all(w.display and w.region.width > 0 for w in widgets)


async def test_side_by_side_shows_both_and_c_moves_the_focus(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        screen = app.reader
        assert screen.reading.side and await until(pilot, lambda: _both_shown(app))
        tree, view = screen.query_one(CommentTree), screen.query_one(ArticleView)
        assert tree.region.x > view.region.x  # comments on the right
        assert screen.query_one(ArticleView).has_focus
        await pilot.press("c")
        assert tree.has_focus and screen.active_pane() == "tab-comments"
        await pilot.press("c")
        assert view.has_focus and screen.active_pane() == "tab-article"


async def test_narrow_or_stacked_shows_tabs(document):
    app = ReaderApp(document=document, settings=Settings(layout="stacked"))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert not app.reader.reading.side
        await pilot.press("c")
        assert app.reader.query_one(TabbedContent).active == "tab-comments"
    app = ReaderApp(document=document)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        assert not app.reader.reading.side and not app.reader.query(CommentTree)


async def _switch_layout(app: ReaderApp, pilot) -> None:
    """On the `,` screen, the layout's next value; the screen stays open."""
    if not isinstance(app.screen, SettingsScreen):
        await pilot.press("comma")
    screen = app.screen
    assert isinstance(screen, SettingsScreen)
    assert "200" in str(screen.query_one("#layout-note").render())
    options = screen.query_one("#settings-list", OptionList)
    options.highlighted = options.get_option_index("layout")
    await pilot.press("enter")
    await pilot.pause()


async def test_changing_the_setting_switches_at_once(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("c", "down")  # a comment opened, to keep across the switch
        current = app.reader.query_one(CommentTree).current
        await _switch_layout(app, pilot)
        assert app.settings.layout == "stacked" and not app.reader.reading.side
        await pilot.press("escape")
        await pilot.pause()
        tabs = app.reader.query_one(TabbedContent)
        assert tabs.active == "tab-comments"  # the comments stay where the reader was
        assert app.reader.query_one(CommentTree).current == current
        await _switch_layout(app, pilot)
        assert app.reader.reading.side and await until(pilot, lambda: _both_shown(app))
