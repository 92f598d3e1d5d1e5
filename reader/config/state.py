"""What reader remembers about each document, apart from the settings.

Keyed by a hash of the content, so a renamed or moved file keeps its state. One small
JSON file a document under `user_state_path("reader")/documents`; a file that does not
read back is treated as no state, never as an error.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from reader import locations
from reader.config.atomic import write_atomic
from reader.config.config_file import parse_json, read_text

MAX_POSITION = 1e9  # lines: more is no place in a document (and NaN is no number)


@dataclass(frozen=True, slots=True)
class DocumentState:
    position: float = 0.0  # the article's scroll offset, in lines
    closed_comments: frozenset[int] = field(default_factory=frozenset)  # comment numbers
    last_speaker: str | None = None  # the speaker last followed with n / N
    block: str | None = None  # the article's block at the top of the view...
    offset: int = 0  # ...and its lines above the top (the place, whatever the width)
    pane: str | None = None  # the pane read: the article, the comments, a pasted article
    comment: int | None = None  # the comment selected in the tree
    open_tabs: tuple[int, ...] = ()  # the pasted articles open in tabs (their order)

    def to_json(self) -> str:
        data = asdict(self) | {"closed_comments": sorted(self.closed_comments)}
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> DocumentState:
        data = parse_json(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        position = data.get("position", 0.0)
        closed = data.get("closed_comments", [])
        speaker = data.get("last_speaker")
        if not isinstance(position, int | float) or isinstance(position, bool):
            raise ValueError("position")
        if not 0 <= position <= MAX_POSITION:
            raise ValueError("position")
        if not isinstance(closed, list) or not all(type(n) is int for n in closed):
            raise ValueError("closed_comments")
        if speaker is not None and not isinstance(speaker, str):
            raise ValueError("last_speaker")
        return cls(float(position), frozenset(closed), speaker, **_place(data))


def _place(data: dict[str, Any]) -> dict[str, Any]:
    """The place's fields that read well (a bad one is left out, not the whole state)."""
    found: dict[str, Any] = {}
    for name in ("block", "pane"):
        if isinstance(value := data.get(name), str):
            found[name] = value
    for name in ("offset", "comment"):
        if type(value := data.get(name)) is int and 0 <= value <= MAX_POSITION:
            found[name] = value
    tabs = data.get("open_tabs")
    if isinstance(tabs, list) and all(type(t) is int and 0 <= t <= MAX_POSITION for t in tabs):
        found["open_tabs"] = tuple(tabs)
    return found


def document_key(content: bytes | str) -> str:
    """The sha256 of the document's content: the same text anywhere has the same state."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()


def _path(key: str) -> Path:
    if len(key) != 64 or not all(c in "0123456789abcdef" for c in key):
        raise ValueError(f"not a document key: {key!r}")
    return locations.state_dir() / "documents" / f"{key}.json"


def load_state(key: str) -> DocumentState:
    """The remembered state, or a fresh one when there is none or it does not read."""
    try:
        return DocumentState.from_json(read_text(_path(key)))
    except (OSError, ValueError, AttributeError, UnicodeDecodeError):
        return DocumentState()


def save_state(key: str, state: DocumentState) -> bool:
    """Remember `state`; False when it cannot be written (the app carries on)."""
    try:
        write_atomic(_path(key), state.to_json().encode("utf-8"))
    except OSError:
        return False
    return True
