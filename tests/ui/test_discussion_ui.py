"""A discussion in the reader: OP labels and how long ago in the tree, the exact time,
points and state in the opened comment, the site's line in the status bar, and `w`
opening the discussion (or the comment read) in the browser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.model import Document
from reader.sources import load_document
from reader.ui.app import ReaderApp
from reader.ui.widgets.comment_tree import CommentTree
from reader.ui.widgets.comment_view import CommentView

ASK = Path(__file__).resolve().parent.parent / "fixtures" / "discussions" / "hn_ask.json"
SIZE = (120, 30)


def _document() -> Document:
    document = load_document(str(ASK))  # an Ask HN: nothing to fetch
    recent = datetime.now(UTC) - timedelta(minutes=5)
    document.article.comments[1].time = recent.strftime("%Y-%m-%dT%H:%M:%SZ")
    document.article.comments[1].score = 3
    return document


async def test_tree_rows_show_op_and_how_long_ago(monkeypatch) -> None:
    app = ReaderApp(document=_document())
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: opened.append(url))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Hacker News · 48 points · 2 comments · by offline_owl" in str(
            app.screen.query_one("#status").render()
        )
        await pilot.press("w")
        assert opened == ["https://news.ycombinator.com/item?id=9200"]
        await pilot.press("c")
        await pilot.pause()
        tree = app.screen.query_one(CommentTree)
        rows = [str(tree.render_line(y).text) for y in range(2)]
        assert "#1 deckhand · 2024-06-10" in rows[0] and " OP" not in rows[0]
        assert "#2 offline_owl OP ↪ deckhand · 5 min ago" in rows[1]
        await pilot.press("j")
        await pilot.pause()
        header = app.screen.query_one(CommentView).query_one(".comment-header").render()
        assert "OP · " in str(header) and " · 3 points · reply to #1" in str(header)
        assert "source" not in str(header)
        await pilot.press("w")
        assert opened[-1] == "https://news.ycombinator.com/item?id=9202"


async def test_the_opening_post_stands_above_the_comments() -> None:
    from reader.model import Block, BlockKind

    document = _document()
    assert document.discussion is not None
    document.discussion.blocks = [Block("d.b1", BlockKind.PARAGRAPH, "Our lamp is lit again!")]
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        head = str(app.screen.query_one("#discussion-head").render())
        assert head.splitlines() == [
            "Hacker News · 48 points · 2 comments · by offline_owl · 2024-06-10 08:00 UTC",
            "Our lamp is lit again!",
        ]


async def test_a_comment_new_since_the_last_fetch_says_so() -> None:
    document = _document()
    document.article.comments[1].new = True
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        tree = app.screen.query_one(CommentTree)
        rows = [str(tree.render_line(y).text) for y in range(2)]
        assert " new ·" not in rows[0] and "#2 offline_owl OP ↪ deckhand new · 5 min ago" in rows[1]


def test_newest_first_uses_the_exact_times() -> None:
    from reader.ui.comment_forest import ordered

    comments = _document().article.comments
    comments[1].time = "2024-06-10T07:00:00Z"  # the same day as #1 (08:12), but earlier
    assert [c.number for c in ordered(comments, "oldest")] == [2, 1]
    assert [c.number for c in ordered(comments, "newest")] == [1, 2]


async def test_the_tab_counts_as_the_site_line_and_says_deleted_and_new_apart() -> None:
    """A deleted comment is in the tree but not in the count the site line gives; comments
    new since the last fetch (--refresh) are counted in the tab too."""
    from reader.ui.widgets.article_tabs import COMMENTS

    document = load_document(str(ASK.with_name("hn_item.json")))  # one deleted of seven
    for comment in document.article.comments[-2:]:
        comment.new = True
    app = ReaderApp(document=document)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        status = str(app.screen.query_one("#status").render())
        label = str(app.screen.reading.tabs.get_tab(COMMENTS).label)
        assert " · 6 comments · " in status
        assert label == "Comments (6 · 2 new · 1 deleted)"
