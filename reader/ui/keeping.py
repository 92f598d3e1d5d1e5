"""Keeping the reader's place while they read, not only on a clean quit: the place is
saved every few seconds when it moved, and a terminal closed under the app (SIGHUP) or a
polite kill (SIGTERM) saves it and quits cleanly, so only a kill that cannot be caught
loses anything, and then only those last seconds."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable

KEEP_EVERY = 5.0  # seconds between two looks at whether the place moved
STOPS = (signal.SIGHUP, signal.SIGTERM)


def keep_on_stop(save: Callable[[], None], quit: Callable[[int], None]) -> Callable[[], None]:
    """On SIGHUP or SIGTERM: `save`, then `quit` with the shell's status for that signal
    (128 + its number). Gives what takes the handlers off again (on the way out)."""
    loop = asyncio.get_running_loop()

    def stop(number: int) -> None:
        save()
        quit(128 + number)

    for number in STOPS:
        loop.add_signal_handler(number, stop, number)

    def off() -> None:
        for number in STOPS:
            loop.remove_signal_handler(number)

    return off
