"""`run_app(name)`: read the input (its head first, when big), load the settings, run the app."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from reader.ingest.source import InputError, SourceText
from reader.messages import fail
from reader.ui import loading

if TYPE_CHECKING:
    from reader.sources import Whole
    from reader.sources.apart import Apart


def run_app(name: str | None, refresh: bool = False) -> int:
    """Run the reader on a file ("-": standard input; None: the demo; a URL, fetched again
    with `refresh`). The exit code."""
    try:
        source, whole = loading.read_first(name, refresh)
    except InputError as error:
        return fail(name or "demo", error)
    # A big page's parse begins at once in a process of its own, beside Textual's start.
    apart = loading.parse_apart(name) if whole is not None and name is not None else None
    try:
        return _run(name, source, whole, apart)
    finally:
        if apart is not None:
            apart.stop()


def _run(name: str | None, source: SourceText, whole: Whole | None, apart: Apart | None) -> int:
    if name == "-":
        _reopen_terminal()
    from reader.config.settings_file import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as error:  # one line, and the file stays as the user wrote it
        return fail(error, status=2)
    from reader.ui.app import ReaderApp

    app = ReaderApp(source, settings=settings, whole=whole, apart=apart)
    result = app.run()
    return app.return_code or (0 if result is None else int(result))


def _reopen_terminal() -> None:
    """After reading a page from a pipe, take keys from the terminal."""
    try:
        fd = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return
    os.dup2(fd, 0)
    os.close(fd)
