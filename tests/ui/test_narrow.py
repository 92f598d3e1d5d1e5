"""At 80 columns: the status line gives up the last pieces of the discussion's line whole
instead of cutting one, and the speakers panel cuts a long role with an ellipsis on its
own line, and a long name before its quote count, instead of wrapping them over the next
speaker, and a tree row cut beside the scrollbar ends in an ellipsis the scrollbar does
not cover, and a narrow tree gives a date's time of day to the first words (Pilot, the
screen as shown)."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from reader.model import Speaker
from reader.sources import load_document
from reader.ui.app import ReaderApp
from ui.settle import until

ASK = Path(__file__).resolve().parent.parent / "fixtures" / "discussions" / "hn_ask.json"
SITE = "Hacker News · 48 points · 2 comments · by offline_owl"


def screen_lines(app: App[object]) -> list[str]:
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]


def status_line(app: App[object]) -> str:
    return screen_lines(app)[-2]


async def test_the_status_line_drops_the_sites_last_pieces_whole() -> None:
    app = ReaderApp(document=load_document(str(ASK)))
    async with app.run_test(size=(80, 24)) as pilot:
        assert await until(pilot, lambda: "Hacker News" in status_line(app))
        assert status_line(app).endswith(SITE)  # the time gave way, nothing cut
        await pilot.resize_terminal(120, 40)
        assert await until(
            pilot, lambda: status_line(app).endswith(f"{SITE} · 2024-06-10 08:00 UTC")
        )


async def test_a_long_role_is_cut_on_its_own_line(document) -> None:
    role = "general secretary of the Harbour and Transport Workers' Union"
    document.article.speakers[0].description = role
    document.article.speakers.append(Speaker("s3", "Wilhelmina Okonkwo-Hale", [], None, quotes=[]))
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        assert await until(pilot, lambda: any("Bram Ota" in line for line in screen_lines(app)))
        panel = [" ".join(line.split("│")[-1].split()) for line in screen_lines(app) if "│" in line]
        at = panel.index("Tamsin Reyes 2")
        assert panel[at + 1].startswith("general secretary") and panel[at + 1].endswith("…")
        assert panel[at + 2 : at + 4] == ["Bram Ota 1", "an islander"]
        assert panel[at + 4].startswith("Wilhelmina Okonk") and panel[at + 4].endswith("… 0")


async def test_a_cut_tree_row_ends_in_an_ellipsis_beside_the_scrollbar(document) -> None:
    from reader.model import Block, BlockKind, Comment

    words = "Tides and timetables decide every crossing of the sound this winter"
    document.article.comments += [
        Comment(n, "Wren", blocks=[Block(f"c{n}.b1", BlockKind.PARAGRAPH, words)])
        for n in range(6, 40)  # more rows than the tree holds: it has a scrollbar
    ]
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        assert await until(pilot, lambda: any("#6 Wren" in line for line in screen_lines(app)))
        lines = [line.split("│")[0] for line in screen_lines(app) if "Wren  Tides" in line]
        rows = [line.rstrip(" ▁▂▃▄▅▆▇█") for line in lines]  # the scrollbar's thumb left out
        assert rows and all(row.endswith("…") for row in rows)


async def test_a_narrow_tree_shows_the_day_and_leaves_the_time_to_the_opened_comment(
    document,
) -> None:
    document.article.comments[0].date_text = "March 2, 2026 at 6:32 pm"
    app = ReaderApp(document=document)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        assert await until(pilot, lambda: any("#1 Ivy" in line for line in screen_lines(app)))
        row = next(line for line in screen_lines(app) if "#1 Ivy" in line).split("│")[0]
        assert "#1 Ivy · March 2, 2026 · 1 reply" in row and "6:32" not in row
        await pilot.resize_terminal(130, 40)  # a wider tree has room for the time too
        assert await until(
            pilot, lambda: any("March 2, 2026 at 6:32 pm · 1 reply" in x for x in screen_lines(app))
        )
