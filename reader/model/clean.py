"""The one cleaning every string of a document, and every message quoting outside text, gets.

Line ends become LF; no-break spaces become spaces; zero-width characters, soft hyphens
and lone surrogates are removed; terminal escape sequences and every other control
character but tab (four spaces) and newline are removed. So no text a page holds, in
whatever way it spells it (raw bytes, an HTML character reference, a JSON ``\\u001b``),
can drive the terminal: move the cursor, set the title or the clipboard, plant a link.

Text input is cleaned whole as it is read (`clean_text`); documents built from markup or
data are cleaned string by string where they are built (`clean_strings`); a line quoting
outside text in a message is cleaned by `one_line`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")

# ESC-introduced sequences (CSI, OSC, DCS/APC/PM/SOS and two-character escapes; a string
# sequence ends at its terminator or the line's end, so a stray one cannot swallow the
# rest of a page), then the 8-bit CSI; any other C0/C1 control but tab and newline goes.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b\n]*(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_DROP = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u00ad\ud800-\udfff]")
# Either of the two above, or a CR or tab: most strings hold none, and one scan tells.
_ANY = re.compile(
    r"[\x00-\x08\t\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u1680\u2000-\u200d\u202f\u205f\u2060\u3000"
    r"\ufeff\ud800-\udfff]"
)


def clean_text(text: str) -> str:
    """Normalise line ends and invisible characters; strip every control sequence."""
    if _ANY.search(text) is None:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPES.sub("", text)
    # Each character to change is changed alone, by one replace of all its places: a page
    # has a few kinds of them (no-break spaces) in many places, which one pass of the
    # pattern over the text would replace one by one.
    for found in set(_ANY.findall(text)):
        text = text.replace(found, _replacement(found))
    return text


def _replacement(character: str) -> str:
    if character == "\t":
        return "    "
    return " " if _SPACES.match(character) else ""


def one_line(text: object) -> str:
    """`text` cleaned and on one line: for a message that quotes a name, a header, a reason."""
    return " ".join(clean_text(str(text)).split())


def clean_strings(value: T) -> T:
    """Clean every string of a model object (dataclasses, lists, dicts) in place; returns it."""
    return map_strings(value, clean_text)


def map_strings(value: T, change: Callable[[str], str]) -> T:
    """Replace every string `s` of a model object by `change(s)`, in place; returns it."""
    seen: set[int] = set()
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, list):
            for index, element in enumerate(item):
                if isinstance(element, str):
                    item[index] = change(element)
                elif _is_container(element):
                    stack.append(element)
        elif isinstance(item, dict):
            for key, element in list(item.items()):
                if isinstance(key, str) and key != change(key):
                    del item[key]
                    key = change(key)
                item[key] = change(element) if isinstance(element, str) else element
                if _is_container(element):
                    stack.append(element)
        else:
            for name in _field_names(type(item)):
                element = getattr(item, name)
                if isinstance(element, str):
                    changed = change(element)
                    if changed is not element:
                        setattr(item, name, changed)
                elif _is_container(element):
                    stack.append(element)
    return value


def _is_container(value: object) -> bool:
    kind = type(value)
    known = _CONTAINERS.get(kind)
    if known is None:  # once a type: is_dataclass is slow to ask of every value
        known = _CONTAINERS[kind] = issubclass(kind, list | dict) or is_dataclass(kind)
    return known


_CONTAINERS: dict[type, bool] = {}
_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in fields(kind))
    return names
