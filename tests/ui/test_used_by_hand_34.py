"""Faults met using the reader by hand under tmux (session 34), each as the user saw it
(Pilot, the screen as shown)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.config.settings import DEFAULTS
from reader.model import Block, BlockKind, Document
from reader.ui.app import ReaderApp
from reader.ui.widgets.search_bar import SearchBar
from ui.settle import until


def _shown(app: ReaderApp) -> list[str]:
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]


async def test_boilerplate_shown_before_the_comments_open_shows_their_reply_too(
    document: Document,
) -> None:
    """`B` on the article, then `c`: the comments pane, mounted after the key, read the
    setting (hidden) and left each comment's "Reply" hidden while the article's chrome
    showed. One switch for the screen: the comments opened later follow it."""
    document.article.comments[0].blocks.append(Block("c1.b2", BlockKind.BOILERPLATE, "Reply"))
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("B")
        assert await until(pilot, lambda: any("Subscribe to our" in s for s in _shown(app)))
        await pilot.press("c")
        assert await until(pilot, lambda: any("a lot for a ferry" in s for s in _shown(app)))
        assert await until(pilot, lambda: any(line.endswith("Reply") for line in _shown(app)))
        await pilot.press("B")  # and hidden again, in the pane on show
        assert await until(pilot, lambda: not any(s.endswith("Reply") for s in _shown(app)))


async def test_n_back_on_the_article_walks_its_search_hits_after_a_comment_search(
    document: Document,
) -> None:
    """`/` on the article marks its hits; `/` on the comments (which drops a speaker
    followed before, so n walks the search asked last) dropped the article's hits too,
    though they stayed painted: back on the article, n left it for the comments. Each
    pane's n walks its own search."""
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        assert await until(pilot, lambda: isinstance(app.screen.focused, SearchBar))
        await pilot.press(*"tides", "enter")
        assert await until(pilot, lambda: "hit 1/22" in _shown(app)[-2])
        await pilot.press("c", "slash")
        assert await until(pilot, lambda: isinstance(app.screen.focused, SearchBar))
        await pilot.press(*"fuel", "enter")
        assert await until(pilot, lambda: "comment hit 1/2" in _shown(app)[-2])
        await pilot.press("c", "n")
        assert await until(pilot, lambda: "hit 2/22" in _shown(app)[-2])
        assert any("Filler paragraph 9" in s for s in _shown(app))  # on the article still


BROKEN_THEME = "midnight-harbour-custom"


async def test_a_theme_that_does_not_load_is_told_once_with_its_whole_path(
    document: Document, tmp_path: Path
) -> None:
    """The settings' theme broken (a bracket left open): two toasts said the same failure,
    "theme … failed to load: PATH…; using 'dark'" and "Theme not loaded: PATH…", filling
    half an 80×24 screen. One notice, which names the whole path and the fallback."""
    themes = tmp_path / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / f"{BROKEN_THEME}.toml").write_text(f'name = "{BROKEN_THEME}"\n[colors\n')
    app = ReaderApp(document=document, settings=replace(DEFAULTS, theme=BROKEN_THEME))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert await until(pilot, lambda: app.all_themes)
        await pilot.pause()
        told = [str(n.message) for n in app._notifications]
        assert len([t for t in told if BROKEN_THEME in t]) == 1, told
        assert str(themes / f"{BROKEN_THEME}.toml") in told[0] and "using 'dark'" in told[0]


async def test_a_long_theme_name_in_the_settings_stays_apart_from_its_help(
    document: Document,
) -> None:
    """A theme of one's own with a long name ran into its row's help on the settings
    screen ("midnight-harbour-customcolour theme"): cut short with an ellipsis, one
    space before the help, as every other row."""
    app = ReaderApp(document=document, settings=replace(DEFAULTS, theme=BROKEN_THEME))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("comma")
        assert await until(pilot, lambda: any("Settings" in s for s in _shown(app)))
        row = next(s for s in _shown(app) if "colour theme" in s)
        assert "midnight-har… colour theme" in row, row


async def test_a_page_with_no_comments_keeps_the_whole_width_side_by_side(
    document: Document,
) -> None:
    """At 140 columns and more the comments sit beside the article; a page with none
    gave half the screen to a box saying "This page has no comments." The article takes
    the width; the Comments tab says there are none."""
    document.article.comments = []
    app = ReaderApp(document=document)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        assert await until(pilot, lambda: "Comments (0)" in _shown(app)[0])
        await pilot.pause()
        assert not any("─ Comments" in s or "no comments" in s for s in _shown(app))
        assert any("Filler paragraph 8 about tides and timetables." in s for s in _shown(app))


async def test_the_status_bar_counts_the_comments_once_they_land(document: Document) -> None:
    """A big page shows its article first; `c` before its comments landed put
    "Comments (…)" in the status bar, and it stayed there once they had come in (the
    tab said "Comments (5)"). The status bar names the count as the tab does."""
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.show_document(document, complete=False)  # the preview: the article alone
        await pilot.pause()
        await pilot.press("c")
        assert await until(pilot, lambda: "Comments (…)" in _shown(app)[-2])
        screen.show_document(document)  # the whole page, comments and all
        assert await until(pilot, lambda: "Comments (5)" in _shown(app)[-2])


async def test_a_comment_s_reply_button_is_not_its_words_in_the_tree_search_or_copy(
    document: Document,
) -> None:
    """Under each comment a "Reply" button (chrome, hidden in the opened comment): the
    tree's first words ended "Would too! Reply", `/reply` on the comments found every
    comment, and `y` copied "Reply" as the comment's last line. The words are the
    comment's own."""
    for comment in document.article.comments:
        number = len(comment.blocks) + 1
        comment.blocks.append(Block(f"c{comment.number}.b{number}", BlockKind.BOILERPLATE, "Reply"))
    app = ReaderApp(document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        assert await until(pilot, lambda: any("#5 Ivy" in s for s in _shown(app)))
        row = next(s for s in _shown(app) if "#5 Ivy" in s)
        assert row.split("│")[0].rstrip().endswith("not markup[/red]"), row
        await pilot.press("y")
        assert app.clipboard.startswith("Ten percent is a lot for a ferry.\n— Ivy")
        await pilot.press("slash")
        assert await until(pilot, lambda: isinstance(app.screen.focused, SearchBar))
        await pilot.press(*"reply", "enter")
        told = lambda: [str(n.message) for n in app._notifications]  # noqa: E731
        assert await until(pilot, lambda: "No comment says: reply" in told()), told()


async def test_n_in_an_embedded_article_walks_the_followed_speaker_s_own_quotes_there(
    document: Document,
) -> None:
    """Following a speaker of the article, then `e` and `n` in the embedded article:
    n walked the quotes there that bore the same numbers as the speaker's in the article
    ("q1"), someone else's words under "Tamsin Reyes: quote 1/1". The embedded article's
    quotes of the same person are walked, from its first."""
    from reader.model import Quote, Speaker

    embedded = document.article.comments[3].articles[0]
    embedded.blocks = [
        Block("e1", BlockKind.PARAGRAPH, "“Fuel is dear,” said Nell Varga."),
        Block("e2", BlockKind.PARAGRAPH, "“Fares follow fuel,” said Tamsin Reyes."),
    ]
    embedded.quotes = [
        Quote("q1", "e1", 1, 14, "Fuel is dear", "Nell Varga", "said"),
        Quote("q2", "e2", 1, 18, "Fares follow fuel", "Tamsin Reyes", "said"),
    ]
    embedded.speakers = [
        Speaker("es1", "Nell Varga", quotes=["q1"]),
        Speaker("es2", "Tamsin Reyes", quotes=["q2"]),
    ]
    app = ReaderApp(document=document)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.choose_speaker(document.article.speakers[0])  # Tamsin Reyes
        await pilot.press("n")
        assert await until(pilot, lambda: "Tamsin Reyes: quote 2/2" in _shown(app)[-2])
        await pilot.press("e")
        assert await until(pilot, lambda: any("Fares follow fuel" in s for s in _shown(app)))
        await pilot.press("n")
        assert await until(pilot, lambda: "Tamsin Reyes: quote 1/1" in _shown(app)[-2])
        view = app.screen.article_view()
        assert view is not None and view._current is not None
        current = view._current
        assert (
            view.blocks[current.block].block.text[current.start : current.end]
            == "Fares follow fuel"
        )
