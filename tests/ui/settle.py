"""Waiting in Pilot tests for what a frame or two brings, without timing the test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from textual.pilot import Pilot

if TYPE_CHECKING:
    from reader.ui.app import ReaderApp


async def until(pilot: Pilot, condition: Callable[[], object], frames: int = 500) -> bool:
    """Pause until `condition()` holds (at most `frames` pauses, 10 s and more); whether
    it came to hold.

    A busy machine can take a frame more to lay out new widgets, and seconds to run a
    worker (the themes, the parse) while eight test runs share two cores; assert the
    result. Only a failing test waits the whole bound."""
    for _ in range(frames):
        if condition():
            return True
        await pilot.pause(0.02)
    return bool(condition())


async def steady(pilot: Pilot, value: Callable[[], object], frames: int = 5) -> object:
    """`value()` once it stayed the same over `frames` pauses in a row (at most 150):
    a jump may be followed by a layout's own scroll a frame or two later."""
    last, same = value(), 0
    for _ in range(150):
        await pilot.pause(0.02)
        now = value()
        same = same + 1 if now == last else 0
        if same >= frames:
            break
        last = now
    return last


@asynccontextmanager
async def run_reading(app: ReaderApp, size: tuple[int, int]) -> AsyncIterator[Pilot[int]]:
    """`app.run_test(size=size)`, from the moment the reading screen is in place: a page's
    first frame is a screen of its own (the glance), the reading screen comes after it."""
    async with app.run_test(size=size) as pilot:
        assert await until(pilot, lambda: app.reading_screen in app.screen_stack)
        yield pilot
