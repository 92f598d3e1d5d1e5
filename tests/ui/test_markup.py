"""Page and user text is never read as Rich or Textual markup, and a crash exits non-zero.

Brackets in a tab title, a search, a speaker's or author's name or a theme file are shown
as typed: no style, no `[@click=…]` action, no MarkupError that takes the app down.
"""

from __future__ import annotations

import pytest
from textual.widgets import TabbedContent

from reader import locations
from reader.config.themes import load_themes
from reader.ui import run as app_run
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView

SIZE = (120, 40)
ZZZ = ("z", "z", "z", "left_square_bracket", "slash", "right_square_bracket")


def _toasts(app: ReaderApp) -> list[str]:
    """The text of every notification on the screen, as the terminal shows it."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]


@pytest.mark.parametrize(
    "source",
    ["The [/] Herald", "[b]Bold[/b] [@click=app.quit]x[/]"],
    ids=["closing-tag", "bold-and-action"],
)
async def test_a_pasted_articles_source_line_as_tab_title(document, source):
    document.article.comments[3].articles[0].source = source
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        label = app.screen.query_one(TabbedContent).get_tab("tab-embedded-1").label
        assert label.plain == f"▤ {source}"[:26]  # as typed, cut to the tab's width
        assert not label.spans  # nothing bold, no action, no crash


async def test_a_search_with_brackets_says_not_found(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("slash", *ZZZ, "enter")
        await pilot.pause()
        assert _toasts(app) == ["Not found: zzz[/]"]


async def test_a_comment_search_with_brackets_says_none(document):
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("slash", *ZZZ, "enter")
        await pilot.pause()
        assert _toasts(app) == ["No comment says: zzz[/]"]


async def test_names_with_brackets_in_notifications_and_the_palette(document):
    document.article.comments[0].author = "Ivy [/]"
    document.article.speakers[1].name = "Bram [b]Ota[/b]"
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("a")  # only Ivy [/]'s comments: a notification names her
        await pilot.pause()
        assert "by Ivy [/]" in " ".join(_toasts(app))
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"bram")
        await pilot.pause(0.3)
        palette = app.screen.query_one("CommandList")
        prompts = [str(palette.get_option_at_index(i).prompt) for i in range(palette.option_count)]
        assert any("Speaker: Bram [b]Ota[/b]" in p for p in prompts)


async def test_a_user_theme_with_a_bracket_key(document):
    folder = locations.user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "odd.toml").write_text('"[/]" = 1\n', encoding="utf-8")
    app = ReaderApp(document=document, themes=load_themes())
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert any("unknown key '[/]'" in toast for toast in _toasts(app))


def test_a_crash_exits_non_zero_with_one_reader_line(tmp_path, monkeypatch, capsys):
    page = tmp_path / "page.txt"
    page.write_text("A headline here\n\nSome text of the article, long enough.\n")

    def broken(self, *args):
        raise RuntimeError("a [b]bug[/b] in the view")

    monkeypatch.setattr(ArticleView, "compose", broken)
    run = ReaderApp.run
    monkeypatch.setattr(ReaderApp, "run", lambda self: run(self, headless=True, size=SIZE))
    status = app_run.run_app(str(page))
    lines = capsys.readouterr().err.strip().splitlines()
    assert status == 1
    assert lines == ["reader: crashed: RuntimeError: a [b]bug[/b] in the view"]


def _with_brackets(value: object) -> None:
    """Append markup that would crash or restyle to every text field of the document."""
    texts = {"title", "subtitle", "source", "site", "text", "name", "description", "author"}
    texts |= {"date_text", "dateline", "section", "matched"}
    for name in getattr(value, "__slots__", ()):
        item = getattr(value, name)
        if name in texts and isinstance(item, str):
            setattr(value, name, item + " [/][b]")
        elif name in ("authors", "aliases"):
            setattr(value, name, [a + " [/]" for a in item])
        elif isinstance(item, list):
            for element in item:
                _with_brackets(element)
        elif hasattr(item, "__slots__"):
            _with_brackets(item)


async def test_every_view_of_a_document_full_of_brackets(document):
    _with_brackets(document)
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        for keys in (["s"], ["down", "enter"], ["escape", "c", "o"], ["j"] * 5, ["a", "e"]):
            await pilot.press(*keys)
            await pilot.pause()
        await pilot.press("ctrl+p", *"speak")
        await pilot.pause(0.3)
        shot = app.export_screenshot()
    assert "[/]" in shot
