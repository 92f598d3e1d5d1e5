"""`reader parse [--json | --markdown | --text [--color]] [FILE|URL ...]`: print documents."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from reader.ingest.source import InputError
from reader.messages import fail, say

if TYPE_CHECKING:
    from reader.model import Document

FORMATS = ("json", "markdown", "text")


def parse_command(args: argparse.Namespace) -> int:
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
        render, status = colored_text(args.format)
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


def colored_text(format_name: str) -> tuple[Callable[[Document], str], int]:
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


def add_parse(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `parse` command and its options, on the parser's subcommands."""
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
    parse.set_defaults(format="json", handler=parse_command)
