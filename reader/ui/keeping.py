"""Keeping the reader's place while they read, not only on a clean quit: the place is
saved every few seconds when it moved, and a terminal closed under the app (SIGHUP) or a
polite kill (SIGTERM) saves it and quits, so only a kill that cannot be caught loses
anything, and then only those last seconds.

A closed terminal is left at once, not through Textual's way out: that way writes to the
terminal (mouse off, the screen back), and writes to a terminal that is gone fail in
Textual's writer thread, which ends, while the app goes on queueing them (30 at most)
and then waits forever for room, every thread with it. A hangup that comes while the
app is busy painting had left such a process behind. So SIGHUP is caught by a handler
of Python's own, which runs even while the app waits on that queue (an asyncio handler
waits for the loop, which is the one waiting), and leaves with `os._exit` once the
place is saved. A SIGHUP with the terminal still there (`kill -HUP`) quits as asked.
"""

from __future__ import annotations

import asyncio
import errno
import os
import signal
import termios
from collections.abc import Callable
from types import FrameType

KEEP_EVERY = 5.0  # seconds between two looks at whether the place moved


def keep_on_stop(save: Callable[[], None], quit: Callable[[int], None]) -> Callable[[], None]:
    """On SIGHUP or SIGTERM: `save`, then `quit` with the shell's status for that signal
    (128 + its number); with the terminal gone, leave the process at once instead. Gives
    what takes the handlers off again (on the way out)."""
    loop = asyncio.get_running_loop()

    def stop(number: int) -> None:
        save()
        quit(128 + number)

    def hung_up(number: int, frame: FrameType | None) -> None:
        if not terminal_gone():
            loop.call_soon_threadsafe(stop, number)
            return
        try:
            save()
        finally:
            os._exit(128 + number)  # nothing to restore: the terminal is gone

    loop.add_signal_handler(signal.SIGTERM, stop, signal.SIGTERM)
    before = signal.signal(signal.SIGHUP, hung_up)

    def off() -> None:
        loop.remove_signal_handler(signal.SIGTERM)
        signal.signal(signal.SIGHUP, signal.SIG_DFL if before is None else before)

    return off


def terminal_gone() -> bool:
    """Whether the terminal on the standard streams has hung up (EIO, where a stream that
    is no terminal says ENOTTY)."""
    for fd in (0, 1, 2):
        try:
            termios.tcgetattr(fd)
        except termios.error as error:
            if error.args[0] == errno.EIO:
                return True
    return False
