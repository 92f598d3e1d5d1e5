"""One writer at a time: an exclusive lock around a file's read-modify-write.

Two `reader config set` at once each read settings.toml, changed their key and wrote:
one change was lost. Each now holds a lock (``flock`` on the folder of the file, or of
the file a link points to: no lock file is left behind) from its read to its write; a
lock held longer than ``WAIT`` seconds is reported rather than waited on for ever.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

if sys.platform != "win32":  # no flock on Windows: writes stay atomic, only not serialised
    import fcntl

WAIT = 10.0  # seconds


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the lock of `path` (OSError when it cannot be had)."""
    if sys.platform == "win32":
        yield
        return
    target = Path(os.path.realpath(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(target.parent, os.O_RDONLY)
    try:
        _acquire(descriptor)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def _acquire(descriptor: int) -> None:
    end = time.monotonic() + WAIT
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > end:
                raise OSError(f"another reader has held its lock for over {WAIT:g} s") from None
            time.sleep(0.02)
