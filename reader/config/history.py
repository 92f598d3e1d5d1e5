"""The documents read before, newest first: what, from where, when, and where the reader
stopped. One JSON file, `state_dir()/history.json`; one that does not read is no history.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace

from reader import locations
from reader.config.atomic import write_atomic
from reader.config.config_file import parse_json, read_text

KEPT = 100  # documents remembered


@dataclass(frozen=True, slots=True)
class Visit:
    name: str  # what `reader NAME` opens again: a path, an address, or "demo"
    title: str
    opened: str  # ISO 8601 time, UTC
    stopped: str = ""  # where the reader stopped, in words ("42% of the article")


def load_history() -> list[Visit]:
    try:
        data = parse_json(read_text(locations.state_dir() / "history.json"))
    except (OSError, ValueError, UnicodeDecodeError):
        return []
    fields = ("name", "title", "opened", "stopped")
    items = [i for i in (data if isinstance(data, list) else []) if isinstance(i, dict)]
    return [
        Visit(**{f: item.get(f, "") for f in fields})
        for item in items
        if item.get("name") and all(isinstance(item.get(f, ""), str) for f in fields)
    ]


def record_visit(visit: Visit) -> bool:
    """Put `visit` first (the same name's earlier visit goes, its `stopped` kept when
    `visit` has none: a document just opened was left where it stopped last time); False
    when not written."""
    history = load_history()
    earlier = next((v for v in history if v.name == visit.name), None)
    if earlier is not None and not visit.stopped:
        visit = replace(visit, stopped=earlier.stopped)
    visits = [visit, *(v for v in history if v.name != visit.name)][:KEPT]
    try:
        data = json.dumps([asdict(v) for v in visits], ensure_ascii=False)
        write_atomic(locations.state_dir() / "history.json", data.encode("utf-8"))
    except OSError:
        return False
    return True
