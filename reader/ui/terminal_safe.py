"""Keep control characters in a document from reaching the terminal.

Rich drops a few control codes but not ESC, so a document holding "\\x1b[31m" could
restyle the terminal. Every document reader builds is clean (`reader.model.clean`); a
document built another way (by hand, in a test) goes through `make_safe` before the UI
shows it. Each control character becomes a visible symbol of the same length, so quote
and hit offsets into the text stay right.
"""

from __future__ import annotations

import re
from typing import Any

from reader.model.clean import map_strings

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\N{REPLACEMENT CHARACTER}"


def has_controls(text: str) -> bool:
    return _CONTROL.search(text) is not None


def safe(text: str) -> str:
    """The text with every control character but newline and tab made visible."""
    return _CONTROL.sub(_symbol, text) if _CONTROL.search(text) else text


def make_safe(value: Any) -> Any:
    """Every string of a model object made safe in place (`map_strings`); returns it."""
    return map_strings(value, safe)
