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
