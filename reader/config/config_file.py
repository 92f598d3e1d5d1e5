"""Reading reader's own small files (settings, themes, state): bounded, regular, tolerant.

A file of at most ``MAX_SIZE`` bytes that is a regular file (a link to one is followed;
/dev/zero or a FIFO is refused, see ``reader.files``), decoded as UTF-8 with or without
a byte order mark. TOML and JSON nested deeper than Python's recursion allows is an
ordinary parse error, not a crash.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from reader.files import read_regular

MAX_SIZE = 1_000_000  # bytes: settings, a theme, a document's state


def read_text(path: Path) -> str:
    """The file's text; OSError (FileRefused among them) or UnicodeDecodeError."""
    return read_regular(path, MAX_SIZE).decode("utf-8-sig")


def parse_toml(text: str) -> dict[str, Any]:
    """tomllib.loads, with nesting too deep for it a TOMLDecodeError like any other."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise tomllib.TOMLDecodeError("nested too deeply") from None


def parse_json(text: str) -> Any:
    """json.loads without NaN or Infinity; ValueError for those and for nesting too deep."""
    try:
        return json.loads(text, parse_constant=_refuse)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _refuse(name: str) -> Any:
    raise ValueError(f"{name} is not a number reader keeps")
