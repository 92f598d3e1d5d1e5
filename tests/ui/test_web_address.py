"""`w` opens the address a page was read from, and only a real one: a file whose name
begins with "http" has none; an address written in capitals is one."""

from __future__ import annotations

import pytest

from reader.ingest.source import from_bytes
from reader.sources import parse_source
from reader.ui.app import ReaderApp

PAGE = b"Gulls return to the pier\n\nThe gulls are back on the pier after two quiet winters.\n"


@pytest.mark.parametrize(
    ("name", "opened"),
    [
        ("httpbin-notes.txt", []),
        ("HTTPS://gazette.example/gulls", ["HTTPS://gazette.example/gulls"]),
    ],
)
async def test_w_opens_the_address_the_page_came_from(
    name: str, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = ReaderApp(document=parse_source(from_bytes(PAGE, name)))
    seen: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: seen.append(url))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
    assert seen == opened


SAVED = b"""<!DOCTYPE html><html><head><title>Gulls return to the pier</title>
<link rel="canonical" href="https://gazette.example/gulls"></head><body><article>
<h1>Gulls return to the pier</h1>
<p>The gulls are back on the pier after two quiet winters, and the fishers who feed them
say the birds remember exactly where the bait boxes stand.</p>
<p>The harbour office counted forty birds on Sunday morning, more than in any year since
the new breakwater was finished.</p></article></body></html>"""


async def test_o_and_w_open_the_address_a_saved_page_states(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page saved from a browser says where it lives: the page (`o`) and its comments
    (`w`, on the page itself) are both there, and the footer offers `w`."""
    app = ReaderApp(document=parse_source(from_bytes(SAVED, "gulls.html")))
    seen: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: seen.append(url))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("o", "w")
        await pilot.pause()
        footer = app.screen._compositor.render_strips()[-1].text
    assert seen == ["https://gazette.example/gulls"] * 2
    assert "w Browser" in footer


async def test_o_and_w_say_alike_that_a_file_has_no_address() -> None:
    app = ReaderApp(document=parse_source(from_bytes(PAGE, "gulls.txt")))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        for key in ("o", "w"):
            app.clear_notifications()
            await pilot.press(key)
            await pilot.pause()
            toasts = [str(toast.render()) for toast in app.screen.query("Toast")]
            assert toasts == ["This page does not say its web address."], key
