"""A copied page's comments show, counted and flat, as soon as the page is parsed; the
tree regroups in place when their threading lands, the comment read kept on its row."""

from __future__ import annotations

import threading

from reader.ingest.source import from_bytes
from reader.ui.app import ReaderApp
from reader.ui.widgets.article_tabs import COMMENTS

# Tomas repeats Rosa's line over his own: threading makes him her reply.
PAGE = """Gulls return to the Lark Sound pier

Harbour staff counted four hundred gulls on the pier this week, twice last year's number.

"They came back with the herring," said harbour master Ines Aldo on Tuesday.

3 Comments

Rosa Penn says:
March 1, 2021 at 9:03 am

The herring run was late this spring and the birds followed it in.

Reply

Tomas Vey says:
March 1, 2021 at 9:40 am

The herring run was late this spring and the birds followed it in.

Late by three weeks, the boats said so too.

Reply

Ada Lund says:
March 1, 2021 at 10:12 am

Four hundred seems low for the whole pier.

Reply
"""


async def test_comments_show_flat_at_once_and_regroup_where_the_reader_is(monkeypatch):
    import reader.analysis.threads as threads
    import reader.config.visits as visits
    from ui.settle import run_reading, until

    release, build = threading.Event(), threads.build_threads

    def begun(article):  # threading under way: one parent set, the rest to come
        article.comments[1].parent = 1
        return release.wait(30) and build(article)

    monkeypatch.setattr(threads, "build_threads", begun)
    app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"))
    async with run_reading(app, (100, 30)) as pilot:
        screen = app.reader
        assert await until(pilot, lambda: screen.built and screen.complete)
        label = screen.reading.tabs.get_tab(COMMENTS).label
        assert str(label) == "Comments (3)" and not screen.threaded
        assert "threading replies" in str(screen.query_one("#status").render())
        await pilot.press("c")
        assert await until(pilot, lambda: (p := screen.comments()) and p.comment_tree)
        tree = screen.comments().comment_tree
        assert [n for n, _ in tree.forest.rows()] == [1, 2, 3]  # flat: three threads
        assert tree.forest.roots == [1, 2, 3]  # no parent read while they are being set
        await pilot.press("j", "j")  # the reader reads Ada's comment, on the third row
        assert tree.current == 3 and tree.cursor - tree.scroll_offset.y == 2
        seen: list[object] = []  # the comments seen are kept by author, known once threaded
        monkeypatch.setattr(visits, "remember_seen", lambda key, comments: seen.append(key))
        app.save_document_state()  # the place is kept (a quit now keeps it), not the seen
        assert app.remembered.kept is not None and seen == []
        release.set()
        assert await until(pilot, lambda: screen.threaded)
        app.save_document_state()
        assert len(seen) == 1
        assert tree.forest.roots == [1, 3] and tree.forest.parent[2] == 1  # Tomas answers Rosa
        assert tree.current == 3  # still Ada's comment
        assert "threading" not in str(screen.query_one("#status").render())


async def test_a_page_opened_while_the_last_one_threads_is_not_replaced_by_it(
    monkeypatch, tmp_path
):
    import reader.analysis.threads as threads
    from ui.settle import run_reading, until

    release, build = threading.Event(), threads.build_threads

    def held(article):  # the first page's threading waits; the page opened after it does not
        if article.title.startswith("Gulls"):
            release.wait(30)
        return build(article)

    monkeypatch.setattr(threads, "build_threads", held)
    other = tmp_path / "ferry.txt"
    other.write_text("Ferry timetable cut for the winter\n\nThe last boat now leaves at six.\n")
    app = ReaderApp(from_bytes(PAGE.encode(), "gulls.txt"))
    async with run_reading(app, (100, 30)) as pilot:
        screen = app.reader
        assert await until(pilot, lambda: screen.built and screen.complete)
        assert not screen.threaded  # the gulls' comments are being threaded
        await app.open_document(str(other))
        ferry = lambda: screen.document and screen.document.article.title.startswith("Ferry")  # noqa: E731
        assert await until(pilot, lambda: ferry() and screen.complete)
        release.set()  # the gulls' worker, cancelled, ends now: it shows nothing
        for _ in range(25):
            await pilot.pause(0.02)
        assert ferry() and app.document is screen.document
        label = str(screen.reading.tabs.get_tab(COMMENTS).label)
        assert label == "Comments"  # the ferry page has none: not the gulls' three
