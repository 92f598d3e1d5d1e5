"""Keep control characters in a document from reaching the terminal.

Rich drops a few control codes but not ESC, so a document holding "\\x1b[31m" could
restyle the terminal. The ingest cleans what it reads; a document built another way goes
through `make_safe` before the UI shows it. Each control character becomes a visible
symbol of the same length, so quote and hit offsets into the text stay right.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from typing import Any

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
    """Clean every string of a model object (dataclasses, lists) in place; returns it."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, list):
            for index, element in enumerate(item):
                if isinstance(element, str):
                    if _CONTROL.search(element):
                        item[index] = safe(element)
                elif isinstance(element, list) or type(element) in _names or is_dataclass(element):
                    stack.append(element)
            continue
        names = _names.get(type(item))
        if names is None:
            names = _names[type(item)] = tuple(f.name for f in fields(item))
        for name in names:
            element = getattr(item, name)
            if isinstance(element, str):
                if _CONTROL.search(element):
                    setattr(item, name, safe(element))
            elif isinstance(element, list) or is_dataclass(element):
                stack.append(element)
    return value


_names: dict[type, tuple[str, ...]] = {}  # the fields of each model class
