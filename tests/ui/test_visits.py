"""Coming back: the documents read before (`H`), the comments new since the last visit
(`}` / `{`), and the place read, by paragraph, pane and comment (Pilot)."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from reader.config.history import load_history
from reader.config.state import document_key, load_state
from reader.ui import app as app_module
from reader.ui import loading
from reader.ui.app import ReaderApp
from reader.ui.screens.pick_screen import PickScreen
from reader.ui.widgets.article_place import Place
from reader.ui.widgets.article_tabs import ArticleTabs
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.comment_tree import CommentTree
from ui.settle import run_reading, until

SIZE = (100, 30)


def _page(title: str, comments: int, paragraphs: int = 30) -> str:
    body = "\n\n".join(
        f"Paragraph {n} of the report on {title.lower()}." for n in range(paragraphs)
    )
    replies = "\n\n".join(
        f"  {n}. Reader{n}\n\n    Comment {n} says the {title.lower()} matters."
        for n in range(1, comments + 1)
    )
    return f"{title}\n\nMarch 3, 2026\n\n{body}\n\n{comments} Comments\n\n{replies}\n"


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def _tree_at(app: ReaderApp, number: int) -> bool:
    trees = app.screen.query(CommentTree).nodes
    return bool(trees) and trees[0].current == number


async def _read_and_quit(name: str, keys: tuple[str, ...] = ()) -> None:
    app = ReaderApp(loading.read(name))
    async with run_reading(app, SIZE) as pilot:
        assert await until(pilot, lambda: app.reader.complete and app.reader.built)
        await pilot.press(*keys)
        await pilot.pause()
        await pilot.press("q")


async def test_h_lists_the_documents_read_before_and_opens_one(tmp_path):
    first = _write(tmp_path / "gulls.txt", _page("Gulls return to the pier", 2))
    await _read_and_quit(first)
    app = ReaderApp(loading.read(_write(tmp_path / "ferry.txt", _page("Ferry fares rise", 1))))
    async with run_reading(app, SIZE) as pilot:
        assert await until(pilot, lambda: app.reader.complete)
        await pilot.press("H")
        assert await until(pilot, lambda: isinstance(app.screen, PickScreen))
        assert [row.text for row in app.screen.rows] == ["Gulls return to the pier"]
        await pilot.press("enter")
        assert await until(
            pilot,
            lambda: (
                app.reader.complete
                and app.reader.document.article.title == "Gulls return to the pier"
            ),
        )


async def test_a_document_is_in_the_history_while_it_shows_with_where_it_was_left(tmp_path):
    """Recorded when shown, not only on a clean quit (a killed terminal keeps it), with
    where the reader stopped last time until this visit ends."""
    name = _write(tmp_path / "gulls.txt", _page("Gulls return to the pier", 2))
    await _read_and_quit(name, ("G",))
    stopped = load_history()[0].stopped
    assert stopped.endswith("into the article") and not stopped.startswith("0%")
    app = ReaderApp(loading.read(name))
    async with run_reading(app, SIZE) as pilot:
        assert await until(pilot, lambda: app.reader.complete)
        assert [(v.title, v.stopped) for v in load_history()] == [
            ("Gulls return to the pier", stopped)
        ]
    (tmp_path / "state" / "history.json").unlink()
    app = ReaderApp(loading.read(_write(tmp_path / "ferry.txt", _page("Ferry fares rise", 1))))
    async with run_reading(app, SIZE) as pilot:
        assert await until(pilot, lambda: app.reader.complete)
        assert [v.title for v in load_history()] == ["Ferry fares rise"]  # not quit yet


async def test_comments_new_since_the_last_visit_are_marked_and_walked(tmp_path):
    path = tmp_path / "gulls.txt"
    await _read_and_quit(_write(path, _page("Gulls return to the pier", 2)))
    app = ReaderApp(loading.read(_write(path, _page("Gulls return to the pier", 4))))
    async with run_reading(app, SIZE) as pilot:
        assert await until(pilot, lambda: app.reader.complete and app.reader.built)
        assert [c.number for c in app.reader.document.article.comments if c.new] == [3, 4]
        await pilot.press("right_curly_bracket")
        tree = None
        assert await until(pilot, lambda: bool(app.screen.query(CommentTree)))
        tree = app.screen.query_one(CommentTree)
        assert await until(pilot, lambda: tree.current == 3)
        assert " new" in str(tree.render_line(2).text)
        await pilot.press("right_curly_bracket")
        assert await until(pilot, lambda: tree.current == 4)
        await pilot.press("left_curly_bracket")
        assert await until(pilot, lambda: tree.current == 3)


async def test_the_place_comes_back_by_paragraph_pane_and_comment(tmp_path):
    name = _write(tmp_path / "gulls.txt", _page("Gulls return to the pier", 3))
    app = ReaderApp(loading.read(name))
    async with run_reading(app, (100, 30)) as pilot:
        assert await until(pilot, lambda: app.reader.complete and app.reader.built)
        view = app.screen.query_one(ArticleView)
        assert await until(pilot, lambda: view.go_to(Place("b12")))  # a paragraph further down
        await pilot.pause()
        await pilot.press("c")
        assert await until(pilot, lambda: isinstance(app.focused, CommentTree))
        await pilot.press("j")
        assert await until(pilot, lambda: app.screen.query_one(CommentTree).current == 2)
        await pilot.press("q")
    again = ReaderApp(loading.read(name))
    async with run_reading(again, (80, 24)) as pilot:  # narrower: other line breaks
        assert await until(pilot, lambda: again.reader.complete and again.reader.built)
        assert await until(pilot, lambda: again.screen.active_pane() == "tab-comments")
        assert await until(pilot, lambda: _tree_at(again, 2))  # mounts after the tab shows
        await pilot.press("c")  # back to the article: at the paragraph read
        view = again.screen.query_one(ArticleView)
        assert await until(pilot, lambda: (view.place() or Place("")).block == "b12")


async def _at_b12(app: ReaderApp, pilot) -> ArticleView:
    """The finished view, gone to the twelfth block."""
    assert await until(pilot, lambda: app.reader.complete and app.reader.built)
    view = app.screen.query_one(ArticleView)
    assert await until(pilot, lambda: view.go_to(Place("b12")))
    return view


async def test_the_place_is_kept_while_reading_not_only_on_quitting(tmp_path, monkeypatch):
    monkeypatch.setattr(app_module, "KEEP_EVERY", 0.05)
    source = loading.read(_write(tmp_path / "gulls.txt", _page("Gulls return to the pier", 3)))
    app = ReaderApp(source)
    async with run_reading(app, SIZE) as pilot:
        await _at_b12(app, pilot)
        # still reading: a terminal killed now would find the place on the next visit
        assert await until(pilot, lambda: load_state(document_key(source.text)).block == "b12")


async def test_a_closed_terminal_keeps_the_place_and_quits_with_its_status(tmp_path, monkeypatch):
    monkeypatch.setattr(app_module, "KEEP_EVERY", 3600.0)  # only the signal can save it
    source = loading.read(_write(tmp_path / "gulls.txt", _page("Gulls return to the pier", 3)))
    previous = signal.signal(signal.SIGHUP, lambda *_: None)  # the tests live on without it
    try:
        app = ReaderApp(source)
        async with run_reading(app, SIZE) as pilot:
            await _at_b12(app, pilot)
            await pilot.pause()
            os.kill(os.getpid(), signal.SIGHUP)
            assert await until(pilot, lambda: app.return_code == 128 + signal.SIGHUP)
    finally:
        signal.signal(signal.SIGHUP, previous)
    assert load_state(document_key(source.text)).block == "b12"


async def test_a_view_half_taken_down_keeps_the_place_saved_before(tmp_path, monkeypatch):
    monkeypatch.setattr(app_module, "KEEP_EVERY", 3600.0)
    source = loading.read(_write(tmp_path / "gulls.txt", _page("Gulls return to the pier", 3)))
    app = ReaderApp(source)
    async with run_reading(app, SIZE) as pilot:
        view = await _at_b12(app, pilot)
        assert await until(pilot, lambda: (view.place() or Place("")).block == "b12")
        app.save_document_state()
        await app.screen.query_one(ArticleTabs).remove()  # as a closing app does, in parts
        app.save_document_state()  # the timer's save then: no crash, the place stands
    assert load_state(document_key(source.text)).block == "b12"
