"""The command line: `reader [FILE]` to read, `reader parse FILE...` to convert."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader import __version__
from reader.cli_config import add_commands
from reader.ingest.source import InputError
from reader.messages import fail, say

if TYPE_CHECKING:
    from reader.model import Document

FORMATS = ("json", "markdown", "text")
COMMANDS = ("parse", "config", "themes")


def _parse_command(args: argparse.Namespace) -> int:
    from reader.render.json_out import to_json, write_json
    from reader.render.markdown import to_markdown
    from reader.render.plain import to_text
    from reader.sources import load_document

    names: list[str | None] = list(args.files) or [None]
    refresh = bool(args.refresh)
    renders: dict[str, Callable[[Document], str]]
    renders = {"json": to_json, "markdown": to_markdown, "text": to_text}
    render = renders[args.format]
    if args.color:
        render, status = _colored_text(args.format)
        if status:
            return status
    status = 0
    out = sys.stdout
    for name in names:
        try:
            document = load_document(name, refresh=refresh)
        except InputError as error:
            status = fail(name or "demo", error)
            continue
        for warning in document.warnings:
            say(name or "demo", warning)
        if render is to_json:  # written as it is made: a big page's JSON is never held whole
            write_json(document, out)
            continue
        text = render(document)
        out.write(text if text.endswith("\n") else text + "\n")
    return status


def _colored_text(format_name: str) -> tuple[Callable[[Document], str], int]:
    """`parse --text --color`: the text coloured with the configured theme's styles."""
    from reader.cli_config import color_style
    from reader.config.settings_file import SettingsError
    from reader.render.highlight import colorize
    from reader.render.plain import to_text

    if format_name != "text":
        return to_text, fail("--color goes with --text", status=2)
    try:
        style = color_style()
    except SettingsError as error:
        return to_text, fail(error, status=2)

    def render(document: Document) -> str:
        names = [n for s in document.article.speakers for n in (s.name, *s.aliases)]
        mentioned = {m for c in document.article.comments for m in c.mentions}
        return colorize(to_text(document), style, names, mentioned)

    return render, 0


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
    parse = commands.add_parser(
        "parse",
        help="print the document of each FILE (default: the demo article)",
        description="Parse copied web pages and print their documents.",
    )
    parse.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help='a text or HTML file, an http(s) URL, "-" for stdin',
    )
    parse.add_argument(
        "--refresh", action="store_true", help="fetch URLs again instead of using the cache"
    )
    formats = parse.add_mutually_exclusive_group()
    for name in FORMATS:
        formats.add_argument(
            f"--{name}",
            dest="format",
            action="store_const",
            const=name,
            help=f"print {name}" + (" (one object a line)" if name == "json" else ""),
        )
    parse.add_argument(
        "--color", action="store_true", help="with --text: colour it for a terminal (less -R)"
    )
    parse.set_defaults(format="json", handler=_parse_command)
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
