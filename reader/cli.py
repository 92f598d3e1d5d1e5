"""The command line: `reader [FILE]` to read, `reader parse FILE...` to convert."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader import __version__
from reader.cli_config import add_commands
from reader.cli_parse import add_parse
from reader.ingest.source import InputError
from reader.messages import fail

if TYPE_CHECKING:
    pass

COMMANDS = ("parse", "config", "themes")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        usage="reader [--refresh] [FILE | URL]   (- or a pipe: stdin; none: the demo; into a "
        "pipe: the text)\n"
        "       reader parse [--json | --markdown | --text [--color]] [--refresh] [FILE|URL ...]\n"
        "       reader config path | get KEY | set KEY VALUE\n"
        "       reader themes",
        description="Read a news article together with its reader comments.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", prog="reader")
    add_parse(commands)
    add_commands(commands)
    return parser


def _read(name: str | None, refresh: bool) -> int:
    from reader.ui.run import run_app  # Textual loads only for the reading app

    return run_app(name, refresh)


def _piped() -> bool:
    """Standard input is a pipe or a file (`cat page | reader`), not a terminal."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _settings_broken() -> int:
    """2 (with the one line saying why) when settings.toml does not load, as the app says."""
    from reader.config.settings_file import SettingsError, load_settings

    try:
        load_settings()
    except SettingsError as error:
        return fail(error, status=2)
    return 0


def _no_screen() -> bool:
    """No terminal to draw the reading app on: standard output is not one, or it is dumb."""
    return not sys.stdout.isatty() or os.environ.get("TERM", "") == "dumb"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    refresh = bool(argv) and argv[0] not in COMMANDS and "--refresh" in argv
    if refresh:
        argv = [a for a in argv if a != "--refresh"]
    if not argv or (argv[0] not in (*COMMANDS, "-h", "--help", "--version") and len(argv) == 1):
        name = argv[0] if argv else "-" if _piped() else None
        try:
            if _no_screen():  # a pipe, a file or a dumb terminal: the text, as `parse --text`
                plain = ["--refresh"] * refresh + ([name] if name else [])
                return _settings_broken() or main(["parse", "--text", *plain])
            return _read(name, refresh)  # `reader [--refresh] [FILE | URL]`: the reading app
        except InputError as error:
            return fail(name, error)
        except KeyboardInterrupt:
            return 130
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
