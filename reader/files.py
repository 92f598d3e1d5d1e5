"""Every file reader reads: a regular file only, and never more than a limit.

A settings file linked to /dev/zero, a FIFO named as a theme or a page, a cache entry
replaced by a directory: each is refused with a one-line reason (``FileRefused``, an
``OSError``, so callers that already report ``OSError`` report it too) instead of
reading without end or waiting for ever. Opening does not block on a FIFO (O_NONBLOCK);
the file's type is checked on the open descriptor, so a swap after a check cannot slip by.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

CHUNK = 1 << 20


class FileRefused(OSError):
    """A file reader will not read: not a regular file, or over its size limit."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "cannot be read"


def megabytes(limit: int) -> str:
    return f"{limit / 1_000_000:g} MB"


def too_large(limit: int) -> FileRefused:
    return FileRefused(f"too large (over {megabytes(limit)})")


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at `path` (links followed); FileRefused otherwise.

    FileNotFoundError, PermissionError and the other OSErrors of opening pass through.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor)
        if stat.S_ISDIR(mode.st_mode):
            raise FileRefused("is a directory, not a file")
        if not stat.S_ISREG(mode.st_mode):
            raise FileRefused(f"not a regular file (it is {_kind(mode.st_mode)})")
        if mode.st_size > limit:
            raise too_large(limit)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return read_at_most(handle, limit)
    finally:
        os.close(descriptor)


def read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """All of `stream` if it holds at most `limit` bytes; FileRefused once it holds more."""
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        part = stream.read(min(CHUNK, limit + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    if size > limit:
        raise too_large(limit)
    return b"".join(parts)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a plain file"
