"""`run_app(name)`: read the input (its head first, when big), load the settings, run the app."""

from __future__ import annotations

import os

from reader.ingest.source import InputError
from reader.messages import fail
from reader.ui import loading
from reader.ui.app import ReaderApp


def run_app(name: str | None, refresh: bool = False) -> int:
    """Run the reader on a file ("-": standard input; None: the demo; a URL, fetched again
    with `refresh`). The exit code."""
    try:
        source, whole = loading.read_first(name, refresh)
    except InputError as error:
        return fail(name or "demo", error)
    if name == "-":
        _reopen_terminal()
    from reader.config.settings_file import SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError as error:  # one line, and the file stays as the user wrote it
        return fail(error, status=2)
    app = ReaderApp(source, settings=settings, whole=whole)
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
